package dev.interviewcoach.cli.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A console at a terminal that hands out scripted inputs, as JLine would return them, and keeps what is printed. */
final class ScriptedConsole implements Console {
    private final ArrayDeque<Input> inputs;
    private final int width;
    final List<String> printed = new ArrayList<>();

    ScriptedConsole(Input... inputs) {
        this(80, inputs);
    }

    ScriptedConsole(int width, Input... inputs) {
        this.width = width;
        this.inputs = new ArrayDeque<>(List.of(inputs));
    }

    @Override
    public Input readLine(UnaryOperator<String> prompt, boolean live) {
        return inputs.isEmpty() ? Input.end() : inputs.poll();
    }

    @Override
    public void println(String text) {
        printed.add(text);
    }

    @Override
    public Style style() {
        return new Style(false, width);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {}
}
