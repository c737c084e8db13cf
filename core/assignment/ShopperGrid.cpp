#include "ShopperGrid.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {
constexpr double kmPerDegree = GreatCircle::earthRadiusKm * std::numbers::pi / 180.0;
}

ShopperGrid::ShopperGrid(const AssignmentProblem& problem, double cellKm)
    : m_problem(problem)
    , m_cellDegrees(std::clamp(cellKm / kmPerDegree, 0.01, 30.0))
{
    for (size_t s = 0; s < problem.shoppers.size(); ++s) {
        const auto& shopper = problem.shoppers[s];
        if (!shopper.hasHome)
            continue;
        const int row = int(std::floor(shopper.latitude / m_cellDegrees));
        const int column = int(std::floor(shopper.longitude / m_cellDegrees));
        m_cells[key(row, column)].push_back(int(s));
    }
}

std::vector<long long> ShopperGrid::cellsAround(double latitude, double longitude, double radiusKm) const
{
    std::vector<long long> cells;
    const double latitudeSpan = radiusKm / kmPerDegree;
    const double south = latitude - latitudeSpan;
    const double north = latitude + latitudeSpan;
    // Longitude degrees shrink towards the poles: take the widest span the circle needs.
    const double nearestPole = std::min(90.0, std::max(std::abs(south), std::abs(north)));
    const double shrink = std::cos(nearestPole * std::numbers::pi / 180.0);
    const bool allAround = shrink < 1e-6 || radiusKm / (kmPerDegree * shrink) >= 180.0;
    const double longitudeSpan = allAround ? 180.0 : radiusKm / (kmPerDegree * shrink);
    const int firstRow = int(std::floor(south / m_cellDegrees));
    const int lastRow = int(std::floor(north / m_cellDegrees));
    const int columnsAround = int(std::floor(180.0 / m_cellDegrees)) + 1;
    int firstColumn = int(std::floor((longitude - longitudeSpan) / m_cellDegrees));
    int lastColumn = int(std::floor((longitude + longitudeSpan) / m_cellDegrees));
    if (allAround || lastColumn - firstColumn + 1 >= 2 * columnsAround) {
        firstColumn = -columnsAround;
        lastColumn = columnsAround;
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            // Columns past ±180° wrap around to the other side of the date line.
            int wrapped = column;
            const double west = column * m_cellDegrees;
            if (west < -180.0)
                wrapped = int(std::floor((west + 360.0) / m_cellDegrees));
            else if (west >= 180.0)
                wrapped = int(std::floor((west - 360.0) / m_cellDegrees));
            cells.push_back(key(row, wrapped));
        }
    }
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}
