#pragma once

#include "AssignmentProblem.h"
#include "GreatCircle.h"

#include <array>
#include <unordered_map>
#include <vector>

// The shoppers with home coordinates in cells of latitude and longitude, so that "everyone within
// R km of a point" looks at a few cells instead of the whole panel.
class ShopperGrid
{
public:
    // cellKm: the cell size; searches of about that radius look at 3 x 3 to 3 x 6 cells.
    ShopperGrid(const AssignmentProblem& problem, double cellKm);

    // Calls found(shopper index, km) for every shopper with home coordinates within radiusKm.
    template<typename Found>
    void within(double latitude, double longitude, const std::array<double, 3>& unit, double radiusKm, Found found) const;

private:
    std::vector<long long> cellsAround(double latitude, double longitude, double radiusKm) const;
    long long key(int row, int column) const { return static_cast<long long>(row) * 1000003LL + column; }

    const AssignmentProblem& m_problem;
    double m_cellDegrees;
    std::unordered_map<long long, std::vector<int>> m_cells;
};

template<typename Found>
void ShopperGrid::within(double latitude, double longitude, const std::array<double, 3>& unit, double radiusKm,
                         Found found) const
{
    const double limit = GreatCircle::chordSquaredOf(radiusKm);
    for (const long long cell : cellsAround(latitude, longitude, radiusKm)) {
        const auto it = m_cells.find(cell);
        if (it == m_cells.end())
            continue;
        for (const int shopper : it->second) {
            const double chord = GreatCircle::chordSquared(unit, m_problem.shoppers[size_t(shopper)].unit);
            if (chord <= limit)
                found(shopper, GreatCircle::kmFromChordSquared(chord));
        }
    }
}
