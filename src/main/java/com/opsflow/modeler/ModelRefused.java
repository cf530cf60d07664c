package com.opsflow.modeler;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment refused because its models break the lint: the message lists every reason in
 * Chinese. A {@link BadUserRequestException}, so the engine REST API answers 400 with the message.
 */
public class ModelRefused extends BadUserRequestException {

    private final transient List<ModelLint.Finding> findings;

    public ModelRefused(List<ModelLint.Finding> findings) {
        super(message(findings));
        this.findings = List.copyOf(findings);
    }

    public List<ModelLint.Finding> findings() {
        return findings;
    }

    static String message(List<ModelLint.Finding> findings) {
        StringBuilder text = new StringBuilder("模型未通過檢查，不能部署：");
        for (ModelLint.Finding finding : findings) {
            text.append("\n- ").append(finding);
        }
        return text.toString();
    }
}
