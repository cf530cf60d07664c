package com.opsflow.approval.web;

import com.opsflow.approval.internal.DeviceRegister;
import com.opsflow.approval.internal.DeviceRegister.ApprovedDevice;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register of approved private devices (R-SE-1), e.g. for the guard at the office door. */
@RestController
class DeviceController {

    private final DeviceRegister register;

    DeviceController(DeviceRegister register) {
        this.register = register;
    }

    @GetMapping("/api/devices")
    List<ApprovedDevice> devices() {
        return register.all();
    }
}
