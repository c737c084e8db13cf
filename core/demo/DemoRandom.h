#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <vector>

// A small, fully specified random source (xoshiro256** seeded by splitmix64) so that a demo
// programme is the same for the same seed on every platform and standard library; the
// distributions of <random> are implementation-defined.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (auto& word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [low, high].
    int range(int low, int high) { return low + int(uniform() * double(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double sd)
    {
        // Box-Muller; 1 - uniform() avoids log(0).
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template<typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[size_t(uniform() * double(items.size()))];
    }
    // Index drawn with the given (non-negative) weights.
    size_t weighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double target = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            target -= weights[i];
            if (target < 0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};
