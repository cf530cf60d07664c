package com.opsflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Every error page a person can reach (a page, Tasklist, Cockpit, Admin) in Traditional Chinese
 * with OpsFlow's look and links back, never Spring's Whitelabel page. Browsers get it because they
 * ask for HTML; scripts and {@code /api/**} keep JSON. A page controller may leave a Chinese
 * explanation in the request attribute {@link #DETAIL}.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** Request attribute: a staff-facing explanation of this particular error. */
    static final String DETAIL = "com.opsflow.error.detail";

    private final HtmlTemplate page = HtmlTemplate.load("platform/error.html");

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String title;
        String message;
        switch (status) {
            case FORBIDDEN -> {
                title = "沒有權限";
                message = "您的帳號沒有開啟這個頁面的權限。如需使用，請聯絡您的主管或系統管理員。";
            }
            case NOT_FOUND -> {
                title = "找不到頁面";
                message = "這個網址不存在或已移除，請確認網址，或從任務清單重新進入。";
            }
            case UNAUTHORIZED -> {
                title = "請先登入";
                message = "登入已逾時，請重新登入。";
            }
            case BAD_REQUEST -> {
                title = "無法處理這個要求";
                message = "送出的內容有誤，請返回上一頁檢查後再試。";
            }
            default -> {
                title = status.is5xxServerError() ? "系統暫時發生錯誤" : "無法完成這個要求";
                message = status.is5xxServerError() ? "已記錄這次錯誤，請稍後再試。" : "請返回上一頁再試一次。";
            }
        }
        Object detail = request.getAttribute(DETAIL);
        String html = page.render(Map.of("status", String.valueOf(status.value()), "title", title,
                "message", detail == null ? message : detail.toString()));
        ModelAndView view = new ModelAndView(new StaticHtml(html));
        view.setStatus(status);
        return view;
    }

    private record StaticHtml(String html) implements View {

        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) throws Exception {
            response.setContentType(getContentType());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(html);
        }
    }
}
