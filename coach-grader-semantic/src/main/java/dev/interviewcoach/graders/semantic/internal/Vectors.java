package dev.interviewcoach.graders.semantic.internal;

/** Arithmetic on embedding vectors. */
final class Vectors {
    private Vectors() {}

    /** The cosine of two vectors (the model's vectors have unit length, but we do not rely on it). */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
