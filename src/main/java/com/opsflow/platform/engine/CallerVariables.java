package com.opsflow.platform.engine;

import com.opsflow.platform.CallingProcesses;
import java.beans.FeatureDescriptor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Variables that a called process reads from the process that called it, by their plain names in
 * its expressions ({@code ${contactDue}} in {@code response-deadline}), instead of a copy handed
 * over by the call activity's {@code camunda:in} (issue 19: a copy costs a runtime row, a history
 * row, a detail row and a delete per order). The names are {@code opsflow.engine.caller-variables}.
 *
 * <p>Consulted last: a variable of the called process itself (an instance started with its own copy by
 * an older model or a test) wins, and so does any bean. Otherwise the calling execution's value is
 * taken, up the chain of callers to the first that has a value ({@link CallingProcesses#variable},
 * the walk the work-order delegates use too); a process nobody called, or whose callers lack the
 * variable, resolves nothing here (the expression fails as before: unknown identifier). Read-only:
 * a model cannot write the caller's variable through it.
 */
public final class CallerVariables extends ELResolver {

    private final Set<String> names;

    public CallerVariables(Collection<String> names) {
        this.names = Set.copyOf(names);
    }

    /** {@code resolver} first, then the caller variables: what an engine's expression manager returns. */
    public ELResolver after(ELResolver resolver) {
        CompositeELResolver composite = new CompositeELResolver();
        composite.add(resolver);
        composite.add(this);
        return composite;
    }

    public Set<String> names() {
        return names;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Object value = fromCallers(context, base, property);
        if (value != null) {
            context.setPropertyResolved(true);
        }
        return value;
    }

    /** The callers' value, or null when this resolver does not apply or no caller has one. */
    private Object fromCallers(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || !names.contains(name)) {
            return null;
        }
        Object scope = context.getContext(VariableScope.class);
        DelegateExecution execution = scope instanceof DelegateExecution e ? e
                : scope instanceof TaskEntity t ? t.getExecution() : null;
        return execution == null ? null : CallingProcesses.variable(execution, name);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // read-only: a called process sets its own variables
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (fromCallers(context, base, property) != null) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
