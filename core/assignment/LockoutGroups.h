#pragma once

#include "AssignmentProblem.h"

#include <vector>

// "The same place" for the lockout, as groups of locations: a location alone, its brand
// (lockout.same_brand) or every competitor (lockout.competitor_group). The groups split the
// locations cleanly unless both widenings are on and a brand has competitor and own locations;
// then exact() is false. A group is a clique when all of its open visits lock each other out
// (always with a lockout in waves; with days when the visits lie closer than the lockout): then
// "one visit per shopper and group" is the rule within the wave, and the network can hold it.
class LockoutGroups
{
public:
    explicit LockoutGroups(const AssignmentProblem& problem);

    // The lockout is on and the groups split the locations.
    bool exact() const { return m_exact; }
    // The group of a visit's location, and facts about the open visits of that group.
    int of(int visit) const { return m_groupOfLocation[size_t(m_problem.visits[size_t(visit)].location)]; }
    bool isClique(int visit) const { return m_clique[size_t(of(visit))] != 0; }
    int openVisits(int visit) const { return m_openVisits[size_t(of(visit))]; }

private:
    const AssignmentProblem& m_problem;
    bool m_exact = false;
    std::vector<int> m_groupOfLocation;
    std::vector<char> m_clique;
    std::vector<int> m_openVisits;
};
