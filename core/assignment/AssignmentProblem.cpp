#include "AssignmentProblem.h"

#include <QDate>

#include <algorithm>
#include <cstdlib>

bool AssignmentProblem::sameLockoutGroup(int locationA, int locationB) const
{
    if (locationA == locationB)
        return true;
    const Location& a = locations[size_t(locationA)];
    const Location& b = locations[size_t(locationB)];
    if (rules.lockoutSameBrand && a.brandIndex >= 0 && a.brandIndex == b.brandIndex)
        return true;
    return rules.lockoutCompetitorGroup && a.competitor && b.competitor;
}

bool AssignmentProblem::tooClose(int firstA, int lastA, int waveA, int firstB, int lastB, int waveB) const
{
    if (lockoutDays > 0) {
        const int apart = std::max({0, firstB - lastA, firstA - lastB});
        if (apart < lockoutDays)
            return true;
    }
    return rules.lockoutWaves > 0 && std::abs(waveA - waveB) <= rules.lockoutWaves;
}

std::optional<int> AssignmentProblem::age(const Shopper& shopper) const
{
    if (shopper.birthYear <= 0)
        return std::nullopt;
    return QDate::fromJulianDay(wave().firstDay).year() - shopper.birthYear;
}

int AssignmentProblem::fixedOnDay(const Shopper& shopper, int day) const
{
    for (int i = shopper.fixedDaysBegin; i < shopper.fixedDaysEnd; ++i)
        if (fixedDays[size_t(i)].first == day)
            return fixedDays[size_t(i)].second;
    return 0;
}

int AssignmentProblem::managerVisitCount(const Shopper& shopper, int manager) const
{
    if (manager < 0)
        return 0;
    for (int i = shopper.managersBegin; i < shopper.managersEnd; ++i)
        if (managerVisits[size_t(i)].first == manager)
            return managerVisits[size_t(i)].second;
    return 0;
}

bool AssignmentProblem::hasTrait(const Shopper& shopper, int trait) const
{
    const auto begin = traits.begin() + shopper.traitsBegin;
    const auto end = traits.begin() + shopper.traitsEnd;
    return std::binary_search(begin, end, trait);
}

int AssignmentProblem::openVisitCount() const
{
    return int(std::count_if(visits.begin(), visits.end(), [](const Visit& visit) { return visit.open; }));
}
