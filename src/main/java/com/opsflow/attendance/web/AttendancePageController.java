package com.opsflow.attendance.web;

import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff page {@code /attendance} (static HTML in {@code static/attendance/}) and the CSRF token
 * its script sends with each POST: the page chain keeps CSRF protection on, and a static page has
 * no server-rendered token, so the script asks for it with the session cookie.
 */
@Controller
class AttendancePageController {

    // Both addresses work: the page loads its styles and scripts by absolute paths.
    @GetMapping({"/attendance", "/attendance/"})
    String page() {
        return "forward:/attendance/index.html";
    }

    @GetMapping("/attendance/csrf")
    @ResponseBody
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(),
                "token", token.getToken());
    }
}
