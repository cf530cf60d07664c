package com.opsflow.calendar.internal;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the {@link WorkingTimeBusinessCalendar} as its "duration" calendar, so that a
 * BPMN timer duration {@code working:PT4H} counts working time. Before init: the engine would
 * otherwise build its default manager; due-date and cycle calendars stay Camunda's own.
 */
@Component
public class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

    private final ConfiguredWorkingCalendar calendar;

    public WorkingTimeCalendarPlugin(ConfiguredWorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager existing = configuration.getBusinessCalendarManager();
        MapBusinessCalendarManager manager;
        if (existing instanceof MapBusinessCalendarManager map) {
            manager = map;
        } else if (existing == null) {
            manager = new MapBusinessCalendarManager();
            manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
            manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
            configuration.setBusinessCalendarManager(manager);
        } else {
            throw new IllegalStateException("unexpected business calendar manager " + existing.getClass()
                    + ": the working-time calendar cannot be added");
        }
        manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingTimeBusinessCalendar(calendar, calendar.workingDayLength()));
    }
}
