#include "LockoutGroups.h"

#include <algorithm>
#include <climits>

LockoutGroups::LockoutGroups(const AssignmentProblem& problem)
    : m_problem(problem)
{
    const AssignmentRules& rules = problem.rules;
    const int brandCount = int(problem.brands.size());
    const int groupCount = 1 + brandCount + int(problem.locations.size());
    m_groupOfLocation.resize(problem.locations.size());
    std::vector<int> kinds(size_t(brandCount), 0); // per brand: bit 1 competitor, bit 2 own
    for (size_t l = 0; l < problem.locations.size(); ++l) {
        const auto& location = problem.locations[l];
        if (location.brandIndex >= 0)
            kinds[size_t(location.brandIndex)] |= location.competitor ? 1 : 2;
        if (rules.lockoutCompetitorGroup && location.competitor)
            m_groupOfLocation[l] = 0;
        else if (rules.lockoutSameBrand && location.brandIndex >= 0)
            m_groupOfLocation[l] = 1 + location.brandIndex;
        else
            m_groupOfLocation[l] = 1 + brandCount + int(l);
    }
    const bool lockoutOn = problem.lockoutDays > 0 || rules.lockoutWaves > 0;
    const bool split = !(rules.lockoutSameBrand && rules.lockoutCompetitorGroup)
                       || std::none_of(kinds.begin(), kinds.end(), [](int kind) { return kind == 3; });
    m_exact = lockoutOn && split;

    std::vector<int> latestFirst(size_t(groupCount), INT_MIN);
    std::vector<int> earliestLast(size_t(groupCount), INT_MAX);
    m_openVisits.assign(size_t(groupCount), 0);
    for (const auto& visit : problem.visits) {
        if (!visit.open)
            continue;
        const int group = m_groupOfLocation[size_t(visit.location)];
        const auto [first, last] = problem.visitDays(visit);
        ++m_openVisits[size_t(group)];
        latestFirst[size_t(group)] = std::max(latestFirst[size_t(group)], first);
        earliestLast[size_t(group)] = std::min(earliestLast[size_t(group)], last);
    }
    m_clique.assign(size_t(groupCount), 0);
    for (int g = 0; g < groupCount; ++g)
        m_clique[size_t(g)] = m_exact && m_openVisits[size_t(g)] > 0
                              && (rules.lockoutWaves > 0 || latestFirst[size_t(g)] - earliestLast[size_t(g)] < problem.lockoutDays);
}
