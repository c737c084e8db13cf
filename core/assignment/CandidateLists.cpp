#include "CandidateLists.h"

#include "ShopperGrid.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>

namespace {
// A well-mixed 64-bit hash (splitmix64): the seeded order of shoppers that cost the same.
quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}
} // namespace

CandidateLists::CandidateLists(const CandidateRules& rules, quint64 seed, const std::atomic<bool>* cancel)
    : m_rules(rules)
{
    const AssignmentProblem& problem = rules.problem();
    m_listOfVisit.assign(problem.visits.size(), -1);
    std::map<std::pair<int, int>, int> cells; // (location, scenario) -> list
    for (size_t v = 0; v < problem.visits.size(); ++v) {
        const auto& visit = problem.visits[v];
        if (!visit.open)
            continue;
        const auto key = std::pair{visit.location, visit.scenario};
        auto it = cells.find(key);
        if (it == cells.end())
            it = cells.emplace(key, int(cells.size())).first;
        m_listOfVisit[v] = it->second;
    }
    m_lists.resize(cells.size());
    if (cells.empty())
        return;

    QHash<QString, std::vector<int>> byCity;
    for (size_t s = 0; s < problem.shoppers.size(); ++s)
        if (!problem.shoppers[s].cityKey.isEmpty())
            byCity[problem.shoppers[s].cityKey].push_back(int(s));
    const double cellKm = problem.rules.maxKm.value_or(problem.rules.remoteMaxKm.value_or(50.0));
    std::unique_ptr<ShopperGrid> grid;
    std::vector<quint64> tieBreak(problem.shoppers.size());
    for (size_t s = 0; s < problem.shoppers.size(); ++s)
        tieBreak[s] = mix(seed ^ mix(quint64(problem.shoppers[s].id)));

    for (const auto& [key, list] : cells) {
        if (cancel && cancel->load()) {
            m_complete = false;
            return;
        }
        const auto [location, scenario] = key;
        const auto& where = problem.locations[size_t(location)];
        std::vector<Entry>& entries = m_lists[size_t(list)];
        const qint64 fee = rules.feeCost(scenario);
        auto consider = [&](int shopper, double km) {
            if (!rules.isActive(shopper) || !rules.fitsProfile(scenario, shopper) || !rules.isConflictFree(location, shopper)
                || rules.waveRoom(shopper) <= 0)
                return;
            const qint64 travel = where.inPerson ? rules.travelCost(km) : 0;
            entries.push_back({shopper, travel + fee + rules.ratingCost(scenario, shopper) + rules.managerCost(location, shopper)});
        };
        const auto limit = rules.limitFor(location);
        if (!where.inPerson && !limit) {
            for (int s = 0; s < int(problem.shoppers.size()); ++s)
                consider(s, 0.0);
        } else {
            if (where.hasCoordinates) {
                if (limit) {
                    if (!grid)
                        grid = std::make_unique<ShopperGrid>(problem, cellKm);
                    grid->within(where.latitude, where.longitude, where.unit, *limit, consider);
                } else {
                    for (int s = 0; s < int(problem.shoppers.size()); ++s)
                        if (problem.shoppers[size_t(s)].hasHome)
                            consider(s, *rules.reach(location, s));
                }
            }
            // Without coordinates on either side, the same city counts (docs/assignment.md).
            if (!where.cityKey.isEmpty()) {
                for (int s : byCity.value(where.cityKey))
                    if (!where.hasCoordinates || !problem.shoppers[size_t(s)].hasHome)
                        consider(s, problem.rules.sameCityKm);
            }
        }
        std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
            if (a.cost != b.cost)
                return a.cost < b.cost;
            return tieBreak[size_t(a.shopper)] < tieBreak[size_t(b.shopper)];
        });
    }
}

qint64 CandidateLists::entryCount() const
{
    qint64 count = 0;
    for (const auto& list : m_lists)
        count += qint64(list.size());
    return count;
}
