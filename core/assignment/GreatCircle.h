#pragma once

#include <array>

// Distances on the Earth as a sphere (the haversine distance). Points are kept as unit vectors so
// that comparing a distance with a limit costs a few multiplications: the straight-line chord
// between two points grows with their great-circle distance, so "chord² <= limit's chord²" is
// exactly "distance <= limit".
class GreatCircle
{
public:
    static constexpr double earthRadiusKm = 6371.0088; // the mean radius (IUGG)

    static std::array<double, 3> unit(double latitude, double longitude);
    static double chordSquared(const std::array<double, 3>& a, const std::array<double, 3>& b);
    // The chord² of a distance, to compare with chordSquared().
    static double chordSquaredOf(double km);
    static double kmFromChordSquared(double chordSquared);
    static double km(const std::array<double, 3>& a, const std::array<double, 3>& b)
    {
        return kmFromChordSquared(chordSquared(a, b));
    }
    // The textbook haversine formula on degrees: the reference the tests compare with.
    static double haversineKm(double latitudeA, double longitudeA, double latitudeB, double longitudeB);
};
