#pragma once

#include <QtGlobal>

// What one assignment costs, term by term, in hundredths of a cost point (the engine adds
// integers, so totals are exact and comparable). docs/assignment.md defines each term.
struct CostBreakdown
{
    static constexpr double unitsPerPoint = 100.0;

    double km = 0;        // home to location, as the travel term counts it (0 for remote channels)
    qint64 travel = 0;    // km x travel weight
    qint64 fee = 0;       // the scenario's fee x fee weight
    qint64 rating = 0;    // rating below the preferred one, on a demanding scenario
    qint64 manager = 0;   // earlier visits to the same region manager's locations
    qint64 workload = 0;  // (n - 1) x workload weight for the shopper's n-th visit of the wave

    // The part that depends on the pair alone (everything but the workload).
    qint64 pairCost() const { return travel + fee + rating + manager; }
    qint64 total() const { return pairCost() + workload; }
    static double points(qint64 units) { return double(units) / unitsPerPoint; }
};
