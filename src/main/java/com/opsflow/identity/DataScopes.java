package com.opsflow.identity;

import com.opsflow.platform.CurrentUser;

/** The {@link DataScope} of a user. */
public interface DataScopes {

    DataScope of(CurrentUser user);
}
