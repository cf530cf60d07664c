package com.opsflow.platform.web;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The one sign-in page of OpsFlow ({@code GET /login}, in Traditional Chinese) for Tasklist,
 * Cockpit, Admin and every OpsFlow page. Spring Security's form login receives the POST; the
 * password is checked by Camunda's identity service, whose growing delays and lock after ten
 * failures (loginMaxAttempts) slow down guessing.
 */
@Controller
class LoginPage {

    private final HtmlTemplate page = HtmlTemplate.load("platform/login.html");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            CsrfToken csrf) {
        String notice = "";
        if (error != null) {
            notice = "<p class=\"notice error\" role=\"alert\">帳號或密碼錯誤；連續輸錯會暫停登入片刻。</p>";
        } else if (logout != null) {
            notice = "<p class=\"notice info\" role=\"status\">您已登出。</p>";
        }
        return page.render(Map.of("noticeHtml", notice, "csrfParameter", csrf.getParameterName(),
                "csrfToken", csrf.getToken()));
    }
}
