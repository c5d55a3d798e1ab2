/** JMH benchmarks of the engine. Run with {@code java -jar bench/target/benchmarks.jar}. */
package org.cbrnsim.bench;
