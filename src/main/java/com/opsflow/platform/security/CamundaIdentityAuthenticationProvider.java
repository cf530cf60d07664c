package com.opsflow.platform.security;

import java.lang.ref.WeakReference;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the Camunda identity service, the one user store of
 * OpsFlow (Tasklist, Cockpit, REST and OpsFlow's pages all see the same users). The user's
 * Camunda groups become the authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * The sign-in this thread just refused. The provider serves a chain's own authentication
     * manager and, after a refusal, its parent too, which asks again with the same token: a
     * second check would count one wrong password twice towards the engine's lock
     * ({@code loginMaxAttempts}).
     */
    private static final ThreadLocal<WeakReference<Authentication>> REFUSED = new ThreadLocal<>();

    @Override
    public Authentication authenticate(Authentication authentication) {
        WeakReference<Authentication> refused = REFUSED.get();
        REFUSED.remove();
        if (refused != null && refused.get() == authentication) {
            throw new BadCredentialsException("使用者名稱或密碼錯誤 / bad user name or password");
        }
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null
                || !identityService.checkPassword(user, credentials.toString())) {
            REFUSED.set(new WeakReference<>(authentication));
            throw new BadCredentialsException("使用者名稱或密碼錯誤 / bad user name or password");
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
