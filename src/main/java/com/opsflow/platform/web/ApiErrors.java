package com.opsflow.platform.web;

import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of OpsFlow's own {@code /api/**} (and of the scripts behind its pages) as a JSON
 * {@code ProblemDetail} with a clear message (Chinese first, English after); field problems under
 * {@code errors}. Never a stack trace. A person's browser opening a page (it asks for HTML, outside
 * {@code /api/**}) gets the Chinese error page instead ({@link ErrorPages}). A database that cannot
 * be reached (or a pool that lends no connection in time) is a 503 with {@code Retry-After}, not
 * a 500: nothing was committed and the same request may simply be sent again.
 */
@RestControllerAdvice(basePackages = "com.opsflow")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors());
        }
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.put(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "輸入有誤 / invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return pageOrProblem(request, response, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String message = e instanceof ForbiddenException ? e.getMessage() : "沒有權限 / not allowed for your groups";
        return pageOrProblem(request, response, HttpStatus.FORBIDDEN, message);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (databaseUnavailable(e)) {
            // the database is down or every connection is taken: nothing was committed; try again
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER_SECONDS));
            ProblemDetail problem = pageOrProblem(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "資料庫暫時無法連線，這筆尚未處理，請 " + DATABASE_RETRY_AFTER_SECONDS + " 秒後再試 / database unavailable;"
                            + " nothing was processed, retry after " + DATABASE_RETRY_AFTER_SECONDS + " s");
            if (problem != null) {
                problem.setTitle("服務暫時無法使用 / service unavailable");
                problem.setProperty("retryAfterSeconds", DATABASE_RETRY_AFTER_SECONDS);
            }
            return problem;
        }
        log.error("Unexpected error in the OpsFlow API", e);
        return pageOrProblem(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
                "系統錯誤，請稍後再試 / internal error, see the server log");
    }

    /**
     * JSON for {@code /api/**} and scripts; the Chinese error page for a person opening a page
     * (the detail's Chinese half, before " / ", explains it there).
     */
    private static ProblemDetail pageOrProblem(HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail) throws IOException {
        if (isPageRequest(request)) {
            int slash = detail == null ? -1 : detail.indexOf(" / ");
            request.setAttribute(ErrorPages.DETAIL, slash < 0 ? detail : detail.substring(0, slash));
            response.sendError(status.value());
            return null;
        }
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "輸入有誤 / invalid input");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring's own refusals (a field of the wrong type, unreadable JSON, a missing parameter, the
     * wrong content type or method) keep their status and get a Chinese detail instead of Spring's
     * English one; the English stays after " / ".
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && !hasChinese(problem.getDetail())) {
            problem.setDetail(chinese(e, status) + " / " + (problem.getDetail() == null ? "" : problem.getDetail()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String chinese(Exception e, HttpStatusCode status) {
        if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            return "輸入格式有誤（欄位型別不符或 JSON 無法解讀）";
        }
        if (e instanceof org.springframework.beans.TypeMismatchException) {
            return "參數型別不符";
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException
                || e instanceof org.springframework.web.bind.MissingPathVariableException) {
            return "缺少必要參數";
        }
        return switch (status.value()) {
            case 400 -> "輸入有誤";
            case 404 -> "找不到";
            case 405 -> "不支援此請求方法";
            case 406 -> "無法提供所要求的格式";
            case 413 -> "內容過大";
            case 415 -> "請以 JSON（application/json）送出";
            default -> status.is5xxServerError() ? "系統錯誤，請稍後再試" : "請求無法處理";
        };
    }

    private static boolean hasChinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * The database could not be reached or lent no connection within Hikari's
     * {@code connection-timeout}, however deep the engine or Spring wrapped it: a 503 to retry,
     * not an internal error.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (a connection that broke mid-request)
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // the commit failed on a broken connection and the rollback that followed failed on the
            // closed connection: Spring throws the rollback's failure and only logs the commit's
            if (t instanceof org.springframework.transaction.TransactionSystemException failed
                    && failed.getCause() instanceof java.sql.SQLException) {
                return true;
            }
            // the connection broke during the transaction, then its rollback failed too: the rollback's
            // exception hides the first one
            if (t instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null && rollback.getApplicationException() != e
                    && databaseUnavailable(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
