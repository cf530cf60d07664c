package com.opsflow.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses hostile input before any controller, listener or delegate sees it, so nothing is stored
 * and nothing is evaluated: a body larger than {@code max-body} (413), a body that is not JSON
 * (415) or not UTF-8, or not well-formed JSON, nested deeper than {@code max-depth}, text longer
 * than {@code max-text-length}, text holding an expression ({@code ${…}}, {@code #{…}}), HTML markup
 * or an SQL injection shape (400), each with a Chinese message. It reads the JSON that OpsFlow's API
 * ({@code /api/**}), its pages' scripts and the engine's start-form and task-completion commands
 * ({@code /engine-rest/…}, Tasklist's {@code /camunda/api/engine/…}) receive, and the query string
 * of {@code /api/**}. Runs after Spring Security: a stranger gets 401, not a lesson in what passes.
 */
@Component
public class HostileInputGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HostileInputGuard.class);

    private static final Pattern ENGINE_COMMAND = Pattern.compile(
            "^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/(task/[^/]+/(complete|submit-form|resolve)"
                    + "|process-definition/[^/]+/(start|submit-form)|process-definition/key/[^/]+(/tenant-id/[^/]+)?/(start|submit-form))/?$");
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Sign-in and sign-out are forms of Spring Security, checked there. */
    private static final Set<String> FORM_PATHS = Set.of("/login", "/logout");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    /** A tag, a closing tag, a comment or a declaration; a lone "<" (溫度<30) is text. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[a-zA-Z]");

    static final String TOO_LARGE = "內容過大（上限 %d KB）/ request body too large";
    static final String NOT_JSON = "請以 JSON（application/json）送出 / send JSON (application/json)";
    static final String NOT_UTF8 = "內容不是有效的 UTF-8 文字 / the body is not valid UTF-8";
    static final String MALFORMED = "JSON 格式有誤 / malformed JSON";
    static final String TOO_DEEP = "JSON 巢狀層數過多 / JSON nested too deeply";
    static final String TOO_MANY = "JSON 內容項目過多 / too many values";
    static final String TOO_LONG = "文字過長（上限 %d 字）/ text too long";
    static final String EXPRESSION_REFUSED = "不接受運算式（${…}、#{…}）/ expressions are not accepted";
    static final String MARKUP_REFUSED = "不接受 HTML 標記或指令碼 / HTML markup is not accepted";
    static final String SQL_REFUSED = "不接受 SQL 指令片段 / SQL fragments are not accepted";

    private final InputGuardProperties properties;
    private final List<Pattern> sql;
    private final ObjectMapper json;

    private final StartFormFields startForms;

    HostileInputGuard(InputGuardProperties properties, ObjectMapper json, StartFormFields startForms) {
        this.properties = properties;
        this.startForms = startForms;
        this.sql = properties.sqlPatterns().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
        this.json = json;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isEngineCommand(String path) {
        return ENGINE_COMMAND.matcher(path).matches();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        if (isEngineCommand(path)) {
            return !"POST".equals(request.getMethod());
        }
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/") || FORM_PATHS.contains(path)
                || properties.exemptPaths().stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean engine = isEngineCommand(path);
        if (isApi(path) && request.getQueryString() != null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    Optional<String> refused = refusedText(value);
                    if (refused.isEmpty()) {
                        refused = refusedText(parameter.getKey());
                    }
                    if (refused.isPresent()) {
                        refuse(request, response, HttpStatus.BAD_REQUEST, refused.get(), false);
                        return;
                    }
                }
            }
        }
        if (!WITH_BODY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long maxBody = properties.maxBody().toBytes();
        if (request.getContentLengthLong() > maxBody) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE.formatted(maxBody / 1024), engine);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBody + 1);
        if (body.length > maxBody) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE.formatted(maxBody / 1024), engine);
            return;
        }
        if (body.length > 0 || request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            if (!isJson(request.getContentType())) {
                if (isApi(path) || engine) {
                    refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, NOT_JSON, engine);
                    return;
                }
            } else {
                Optional<Refusal> refused = inspect(body);
                if (refused.isEmpty() && engine && path.contains("/process-definition/")) {
                    refused = startForms.refusal(path, json.readTree(body)).map(m -> new Refusal(HttpStatus.BAD_REQUEST, m));
                }
                if (refused.isPresent()) {
                    refuse(request, response, refused.get().status(), refused.get().message(), engine);
                    return;
                }
            }
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    record Refusal(HttpStatus status, String message) {
    }

    /** Why a JSON body is refused, or empty when it may pass. */
    Optional<Refusal> inspect(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, NOT_UTF8));
        }
        try (JsonParser parser = json.getFactory().createParser(text)) {
            int depth = 0;
            int values = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > properties.maxDepth()) {
                            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, TOO_DEEP));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME, VALUE_STRING -> {
                        Optional<String> refused = refusedText(parser.getText());
                        if (refused.isPresent()) {
                            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, refused.get()));
                        }
                    }
                    default -> { }
                }
                if (++values > properties.maxValues()) {
                    return Optional.of(new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, TOO_MANY));
                }
            }
        } catch (IOException e) {
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, MALFORMED));
        }
        return Optional.empty();
    }

    /** Why a text value is refused, or empty. */
    Optional<String> refusedText(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.codePointCount(0, value.length()) > properties.maxTextLength()) {
            return Optional.of(TOO_LONG.formatted(properties.maxTextLength()));
        }
        if (EXPRESSION.matcher(value).find()) {
            return Optional.of(EXPRESSION_REFUSED);
        }
        if (MARKUP.matcher(value).find()) {
            return Optional.of(MARKUP_REFUSED);
        }
        for (Pattern pattern : sql) {
            if (pattern.matcher(value).find()) {
                return Optional.of(SQL_REFUSED);
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    /**
     * A ProblemDetail; for the engine's commands also Camunda's own fields ({@code type},
     * {@code message}), which Tasklist shows under the form.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            boolean engine) throws IOException {
        log.info("Refused hostile input (HTTP {}) on {} {}: {}", status.value(), request.getMethod(), path(request), detail);
        Map<String, Object> body = new LinkedHashMap<>();
        if (engine) {
            body.put("type", "InvalidRequestException");
            body.put("message", detail);
        }
        body.put("title", "輸入有誤 / invalid input");
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", path(request));
        response.setStatus(status.value());
        response.setContentType(engine ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the rest of a refused body is not read: close the connection rather than drain it
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), body);
    }

    /** The request with its body read once and handed on unchanged. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
