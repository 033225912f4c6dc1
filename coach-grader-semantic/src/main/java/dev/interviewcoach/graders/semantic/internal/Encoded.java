package dev.interviewcoach.graders.semantic.internal;

/**
 * One text as the model read it: its sentence vector (the mean of the model's token states, unit
 * length) and, for each word piece of the text (not the markers the model adds, not a model's prefix),
 * the contextual token vector (unit length) and the lower-case word the piece belongs to.
 *
 * @param vector the sentence vector
 * @param tokens one vector per word piece; empty when only the sentence vector was kept
 * @param words the word of each piece, in step with {@code tokens}
 */
record Encoded(float[] vector, float[][] tokens, String[] words) {
    /** The same text with its sentence vector only, for texts compared as wholes. */
    Encoded vectorOnly() {
        return new Encoded(vector, new float[0][], new String[0]);
    }

    /** How many floats this keeps, for the cache's budget. */
    int floats() {
        int n = vector.length;
        for (float[] t : tokens) {
            n += t.length;
        }
        return n;
    }
}
