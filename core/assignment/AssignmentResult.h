#pragma once

#include "CostBreakdown.h"

#include <vector>

// What the solver proposes for a wave's open visits. Indexes are into the problem's visits and
// shoppers. Nothing is written: Command::assignVisits writes a result as one undo step.
struct AssignmentResult
{
    struct Assignment
    {
        int visit = 0;
        int shopper = 0;
        CostBreakdown cost; // the workload term counts the shopper's visits in date order
    };

    std::vector<Assignment> assignments; // by visit
    std::vector<int> unassigned;         // open visits left without a shopper, by visit

    int openVisits = 0;
    qint64 totalCost = 0; // the sum of the assignments' costs, in CostBreakdown units

    // The bound: no assignment can give more visits a shopper than boundAssigned, nor, with as
    // many, cost less than boundCost (the first network, before the lockout within the wave and
    // the daily capacity it leaves out are enforced). provenOptimal: this result is the optimum
    // (it meets the bound, or the search of docs/assignment.md finished).
    int boundAssigned = 0;
    qint64 boundCost = 0;
    bool provenOptimal = false;

    // How the solver got there (for benchmarks and docs).
    int networkSolves = 0;    // min-cost flow runs
    int columnsAdded = 0;     // candidate pairs added after the first network, as the duals asked
    int branchNodes = 0;      // nodes of the search beyond the first network
    int cellsSplit = 0;       // cells split into single visits to match their dates
    qint64 candidateEntries = 0; // shoppers in the candidate lists
    qint64 largestNetworkArcs = 0;

    int assignedCount() const { return int(assignments.size()); }
};
