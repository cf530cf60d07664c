package com.opsflow.workorder;

import com.opsflow.workorder.internal.RegistrationArchive;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The R-WO-11 archive in memory, for the scenario tests on the in-memory engine. */
class FakeRegistrationArchive implements RegistrationArchive {

    final Map<String, Registration> forms = new LinkedHashMap<>();

    @Override
    public void record(Registration registration) {
        forms.put(registration.orderNo(), registration);
    }

    @Override
    public void file(String orderNo, String filedBy, Instant at) {
        Registration r = forms.get(orderNo);
        forms.put(orderNo, new Registration(r.orderNo(), r.customerName(), r.customerPhone(), r.address(), r.station(),
                r.engineer(), r.account(), r.bandwidth(), r.device(), r.materials(), r.customerSigned(), r.accountTold(),
                r.note(), r.registeredAt(), r.registeredBy(), at, filedBy));
    }

    @Override
    public Optional<Registration> find(String orderNo) {
        return Optional.ofNullable(forms.get(orderNo));
    }
}
