/**
 * The process layer: generic delegates and listeners shared by every BPMN model (post a deduction,
 * notify a person, start a review), translating between the engine and the modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process layer")
package com.opsflow.process;
