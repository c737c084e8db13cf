#pragma once

#include "CandidateRules.h"

#include <atomic>
#include <vector>

// For each (location, scenario) of the wave's open visits, the shoppers who pass every rule that
// does not depend on the visit's date (status, profile, distance, conflict of interest, room left
// in the wave), sorted by the pair's cost, cheapest first (ties in an order the seed decides).
// The solver and the explanations walk these lists instead of the whole panel; a location's
// neighbours are found through a ShopperGrid.
class CandidateLists
{
public:
    struct Entry
    {
        int shopper;
        qint64 cost; // the pair's cost (CostBreakdown::pairCost)
    };

    // Stops early (complete() false) when *cancel is set.
    CandidateLists(const CandidateRules& rules, quint64 seed, const std::atomic<bool>* cancel = nullptr);

    const CandidateRules& rules() const { return m_rules; }
    bool complete() const { return m_complete; }
    // The list of an open visit's (location, scenario); -1 for a visit that is not open.
    int listOf(int visit) const { return m_listOfVisit[size_t(visit)]; }
    const std::vector<Entry>& entries(int list) const { return m_lists[size_t(list)]; }
    int listCount() const { return int(m_lists.size()); }
    // The rules a listed shopper may still break for one visit: availability on its date, the
    // lockout, and room on its day.
    bool passesDatedRules(int visit, int shopper) const
    {
        const int day = m_rules.problem().visits[size_t(visit)].day;
        return m_rules.dayRoom(shopper, day) > 0 && m_rules.isAvailable(visit, shopper) && m_rules.isClearOfLockout(visit, shopper);
    }
    qint64 entryCount() const;

private:
    const CandidateRules& m_rules;
    std::vector<std::vector<Entry>> m_lists;
    std::vector<int> m_listOfVisit;
    bool m_complete = true;
};
