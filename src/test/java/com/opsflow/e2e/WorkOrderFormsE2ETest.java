package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.StaffDirectory;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * in a real browser: the repair start form offers stations by Chinese
 * name and only the chosen station's engineers, accepts a landline, and after 啟動 shows the new
 * order number with a link that finds the order in 工單查詢; the dispatch form offers the order's
 * station's engineers by name. Run with {@code ./mvnw verify -Pe2e}; see docs/e2e.md.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class WorkOrderFormsE2ETest extends BrowserTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    StaffDirectory directory;

    private List<String> engineersOf(String station) {
        return directory.station(station).orElseThrow().engineers().stream().map(directory::displayName).toList();
    }

    private String stationName(String station) {
        return directory.station(station).orElseThrow().name();
    }

    @Test
    void customerServicePicksStationAndEngineerByNameAndSeesTheNewOrderNumber() {
        String customer = "周小姐" + System.currentTimeMillis() % 10000;
        webapps.logIntoTasklist("cs-1");
        tasklist.openStartForm("報修工單");
        tasklist.fill(Map.of("客戶姓名", customer, "聯系電話", "0755-86001234", "地址", "西區和平路 3 號",
                "需求說明", "寬頻時斷時續"));

        // stations by Chinese name; engineers of the chosen station only, changing with the station
        assertThat(tasklist.chooseFrom("區站", stationName("east"))).containsExactlyElementsOf(
                directory.stations().stream().map(s -> s.name()).toList());
        assertThat(tasklist.chooseFrom("工程師", "王小明")).containsExactlyElementsOf(engineersOf("east"))
                .doesNotContainAnyElementsOf(engineersOf("west"));
        // another station: the engineer of the old one is cleared and the new station's are offered
        tasklist.choose("區站", stationName("west"));
        browser.waitFor(d -> "請選擇".equals(tasklist.chosen("工程師")) ? true : null);
        assertThat(tasklist.chooseFrom("工程師", engineersOf("west").get(0)))
                .containsExactlyElementsOf(engineersOf("west"));
        tasklist.choose("區站", stationName("east"));
        browser.waitFor(d -> "請選擇".equals(tasklist.chosen("工程師")) ? true : null);
        assertThat(tasklist.chooseFrom("工程師", "王小明")).containsExactlyElementsOf(engineersOf("east"));
        assertThat(tasklist.chosen("區站")).isEqualTo(stationName("east"));
        browser.screenshot("e2e-53-start-form-pickers");

        // 啟動: the order number is shown at once, with a link to the order
        tasklist.submitStartForm();
        ProcessInstance order = runtimeService.createProcessInstanceQuery().processDefinitionKey("repair")
                .variableValueEquals("customerName", customer).singleResult();
        assertThat(order.getBusinessKey()).startsWith("WO-");
        assertThat(runtimeService.getVariable(order.getId(), "station")).isEqualTo("east");
        assertThat(runtimeService.getVariable(order.getId(), "engineer")).isEqualTo("eng-east-1");
        tasklist.notification("工單已建立");
        browser.showing(By.cssSelector(".opsflow-order-no"), order.getBusinessKey());
        browser.screenshot("e2e-54-order-number-after-start");

        browser.click(By.cssSelector("a.opsflow-order-link"));
        browser.showing(By.id("detail-title"), order.getBusinessKey());
        browser.showing(By.id("facts"), customer);
        browser.showing(By.id("facts"), "0755-86001234");
        browser.showing(By.id("facts"), "王小明");
        browser.showing(By.id("facts"), stationName("east"));
    }

    @Test
    void theDispatchFormOffersTheEngineersOfTheOrdersStationByName() {
        String customer = "吳先生" + System.currentTimeMillis() % 10000;
        webapps.logIntoTasklist("cs-1");
        tasklist.openStartForm("報修工單");
        tasklist.fill(Map.of("客戶姓名", customer, "聯系電話", "12345", "地址", "西區和平路 9 號", "需求說明", "無法上網"));
        tasklist.choose("區站", stationName("west"));
        // not a mainland mobile or landline: refused under the field in Chinese (the API's rule), 啟動 disabled
        assertThat(tasklist.validationMessage("聯系電話")).isEqualTo("格式不正確。");
        assertThat(browser.visible(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='啟動']"))
                .isEnabled()).isFalse();
        tasklist.fill(Map.of("聯系電話", "+86 13912345678"));
        tasklist.submitStartForm();
        String orderNo = browser.showing(By.cssSelector(".opsflow-order-no"), "WO-").getText();
        tasklist.dismissNotifications();

        tasklist.openFilter("客服的待辦");
        tasklist.openTask("派單", orderNo);
        tasklist.claim("許淑芬");
        String engineer = engineersOf("west").get(0);
        assertThat(tasklist.chooseFrom("工程師", engineer)).containsExactlyElementsOf(engineersOf("west"));
        browser.screenshot("e2e-55-dispatch-picks-the-engineer-by-name");
        tasklist.complete("派單");
        ProcessInstance order = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKey("repair").singleResult();
        assertThat(runtimeService.getVariable(order.getId(), "engineer"))
                .isEqualTo(directory.station("west").orElseThrow().engineers().get(0));
    }
}
