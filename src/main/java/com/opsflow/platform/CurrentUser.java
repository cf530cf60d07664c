package com.opsflow.platform;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated staff member of the current request: user id and Camunda groups (the
 * authorities that security gives every request are the user's group ids).
 */
public record CurrentUser(String id, Set<String> groups) {

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new ForbiddenException("未登入 / not authenticated");
        }
        Set<String> groups = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(auth.getName(), groups);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    public boolean inAnyGroup(String... candidates) {
        for (String g : candidates) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
