package com.opsflow.cockpit.web;

import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;

/** The Cockpit data is for the people who may open Cockpit; staff get 403. */
final class CockpitAccess {

    private CockpitAccess() {
    }

    static CurrentUser require() {
        CurrentUser user = CurrentUser.get();
        if (!user.inAnyGroup(Groups.COCKPIT_USERS.toArray(String[]::new))) {
            throw new ForbiddenException("流程監控僅供主管、流程負責人及管理員使用");
        }
        return user;
    }
}
