#include "GreatCircle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {
double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

std::array<double, 3> GreatCircle::unit(double latitude, double longitude)
{
    const double phi = radians(latitude);
    const double lambda = radians(longitude);
    return {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

double GreatCircle::chordSquared(const std::array<double, 3>& a, const std::array<double, 3>& b)
{
    const double dx = a[0] - b[0];
    const double dy = a[1] - b[1];
    const double dz = a[2] - b[2];
    return dx * dx + dy * dy + dz * dz;
}

double GreatCircle::chordSquaredOf(double km)
{
    // Beyond half the circumference every point is nearer: the chord is at most the diameter.
    const double angle = std::min(km / earthRadiusKm, std::numbers::pi);
    const double chord = 2.0 * std::sin(angle / 2.0);
    return chord * chord;
}

double GreatCircle::kmFromChordSquared(double chordSquared)
{
    const double half = std::min(1.0, std::sqrt(chordSquared) / 2.0);
    return 2.0 * earthRadiusKm * std::asin(half);
}

double GreatCircle::haversineKm(double latitudeA, double longitudeA, double latitudeB, double longitudeB)
{
    const double dPhi = radians(latitudeB - latitudeA);
    const double dLambda = radians(longitudeB - longitudeA);
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2)
                     + std::cos(radians(latitudeA)) * std::cos(radians(latitudeB)) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2.0 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}
