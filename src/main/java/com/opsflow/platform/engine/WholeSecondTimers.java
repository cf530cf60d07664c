package com.opsflow.platform.engine;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * No timer fires before its time on any database: every timer job's due date is rounded <b>up</b>
 * to the next whole second just before the engine writes it.
 *
 * <p>Why: MySQL/MariaDB {@code DATETIME} columns keep no fraction of a second and Camunda's URL
 * needs {@code sendFractionalSeconds=false}, so a due date of 10:00:00.700 was stored as 10:00:00
 * and the job executor fired the timer up to a second early: a deduction before its minute.
 * Rounded up, 10:00:00.700 is stored as 10:00:01 on every database; a whole second stays as it is.
 *
 * <p>Where: at the flush of the engine's entity cache, the one place every timer passes before it
 * is stored: duration, date and cycle timers of any model, timers whose date expression yields a
 * {@link Date} (these bypass the business calendars), the next timer of a cycle, retried timers
 * and due dates set through the API or Cockpit. The job-created entry of the history's job log is
 * rounded alike. Asynchronous continuations (message jobs) are left alone: they are due at once.
 */
@Component
public class WholeSecondTimers extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // The engine built its DbEntityManagerFactory in init(); replace it, keeping the id generator.
        configuration.getSessionFactories().put(DbEntityManager.class, new Factory(configuration.getIdGenerator()));
    }

    /** The smallest whole second not before {@code due}. */
    public static Date roundUp(Date due) {
        if (due == null) {
            return null;
        }
        long millis = due.getTime();
        long rest = Math.floorMod(millis, 1000L);
        return rest == 0 ? due : new Date(millis - rest + 1000L);
    }

    static final class Factory extends DbEntityManagerFactory {

        Factory(IdGenerator idGenerator) {
            super(idGenerator);
        }

        @Override
        public DbEntityManager openSession() {
            PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
            return new RoundingEntityManager(idGenerator, persistence);
        }
    }

    static final class RoundingEntityManager extends DbEntityManager {

        RoundingEntityManager(IdGenerator idGenerator, PersistenceSession persistence) {
            super(idGenerator, persistence);
        }

        @Override
        public void flush() {
            roundTimers();
            super.flush();
        }

        private void roundTimers() {
            Map<String, Date> rounded = new HashMap<>();
            // By the cache key of all jobs: Camunda 7.24's cache filters a subtype (TimerEntity)
            // against the cache record's class, not the entity's, and would find none.
            for (AcquirableJobEntity job : getCachedEntitiesByType(AcquirableJobEntity.class)) {
                if (!(job instanceof TimerEntity timer)) {
                    continue;
                }
                Date due = timer.getDuedate();
                Date up = roundUp(due);
                if (up != due && toBeWritten(timer)) {
                    timer.setDuedate(up);
                    rounded.put(timer.getId(), up);
                }
            }
            if (rounded.isEmpty()) {
                return;
            }
            for (HistoricJobLogEventEntity log : getCachedEntitiesByType(HistoricJobLogEventEntity.class)) {
                Date up = rounded.get(log.getJobId());
                if (up != null && log.getJobDueDate() != null && isNew(log)) {
                    log.setJobDueDate(up);
                }
            }
        }

        /** New, or loaded and changed: a timer merely read (a job query) is never written because of us. */
        private boolean toBeWritten(TimerEntity timer) {
            CachedDbEntity cached = getDbEntityCache().getCachedEntity(timer);
            if (cached == null) {
                return false;
            }
            DbEntityState state = cached.getEntityState();
            return state == DbEntityState.TRANSIENT || state == DbEntityState.MERGED
                    || (state == DbEntityState.PERSISTENT && cached.isDirty());
        }

        private boolean isNew(HistoricJobLogEventEntity log) {
            CachedDbEntity cached = getDbEntityCache().getCachedEntity(log);
            return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
        }
    }
}
