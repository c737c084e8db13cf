#include "CandidateRules.h"

#include "GreatCircle.h"
#include "models/DomainLabels.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
qint64 units(double points)
{
    return qint64(std::llround(points * CostBreakdown::unitsPerPoint));
}

QString dateText(int day)
{
    return QLocale().toString(QDate::fromJulianDay(day), QLocale::ShortFormat);
}

QString kmText(double km)
{
    return QLocale().toString(km, 'f', km < 10 ? 1 : 0);
}
} // namespace

CandidateRules::CandidateRules(const AssignmentProblem& problem)
    : m_problem(problem)
{
    m_profileFits.resize(problem.scenarios.size());
    std::vector<char> used(problem.scenarios.size(), 0);
    for (const auto& visit : problem.visits)
        used[size_t(visit.scenario)] = 1;
    for (size_t sc = 0; sc < problem.scenarios.size(); ++sc) {
        if (!used[sc])
            continue;
        auto& fits = m_profileFits[sc];
        fits.resize(problem.shoppers.size());
        for (size_t s = 0; s < problem.shoppers.size(); ++s)
            fits[s] = computeProfile(int(sc), int(s)) ? 1 : 0;
    }

    const AssignmentRules& rules = problem.rules;
    double maxKm = rules.sameCityKm;
    if (std::any_of(problem.locations.begin(), problem.locations.end(), [](const auto& l) { return l.inPerson; }))
        maxKm = std::max(maxKm, rules.maxKm.value_or(GreatCircle::earthRadiusKm * 3.15));
    double maxFee = 0;
    for (const auto& scenario : problem.scenarios)
        maxFee = std::max(maxFee, scenario.fee);
    int maxManager = 0;
    for (const auto& entry : problem.managerVisits)
        maxManager = std::max(maxManager, entry.second);
    int maxLoad = 0;
    for (const auto& shopper : problem.shoppers)
        maxLoad = std::max(maxLoad, rules.capacityPerWave ? shopper.capacityPerWave : shopper.fixedInWave + int(problem.visits.size()));
    m_maxAssignmentCost = travelCost(maxKm) + units(maxFee * rules.feeWeight) + units(rules.ratingWeight * 5.0)
                          + units(rules.managerWeight * maxManager) + workloadCost(maxLoad) + 1;
}

bool CandidateRules::computeProfile(int scenario, int shopper) const
{
    const auto& need = m_problem.scenarios[size_t(scenario)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    if (need.minAge || need.maxAge) {
        const auto age = m_problem.age(who);
        if (!age)
            return false;
        if ((need.minAge && *age < *need.minAge) || (need.maxAge && *age > *need.maxAge))
            return false;
    }
    if (!need.gender.isEmpty() && need.gender != who.gender)
        return false;
    return std::all_of(need.traits.begin(), need.traits.end(), [&](int trait) { return m_problem.hasTrait(who, trait); });
}

bool CandidateRules::isActive(int shopper) const
{
    return !m_problem.rules.activeOnly || m_problem.shoppers[size_t(shopper)].status == QLatin1String("active");
}

bool CandidateRules::fitsProfile(int scenario, int shopper) const
{
    if (!m_problem.rules.profile)
        return true;
    const auto& fits = m_profileFits[size_t(scenario)];
    return fits.empty() ? computeProfile(scenario, shopper) : fits[size_t(shopper)] != 0;
}

std::optional<double> CandidateRules::limitFor(int location) const
{
    return m_problem.locations[size_t(location)].inPerson ? m_problem.rules.maxKm : m_problem.rules.remoteMaxKm;
}

std::optional<double> CandidateRules::reach(int location, int shopper) const
{
    return reachWithin(location, shopper, limitFor(location));
}

std::optional<double> CandidateRules::reachWithin(int location, int shopper, std::optional<double> limitKm) const
{
    const auto& where = m_problem.locations[size_t(location)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    if (!where.inPerson && !limitKm)
        return 0.0; // a call or an e-mail reaches anyone
    if (where.hasCoordinates && who.hasHome) {
        const double km = GreatCircle::km(where.unit, who.unit);
        if (limitKm && km > *limitKm)
            return std::nullopt;
        return km;
    }
    if (!where.cityKey.isEmpty() && where.cityKey == who.cityKey)
        return m_problem.rules.sameCityKm;
    return std::nullopt;
}

bool CandidateRules::isAvailable(int visit, int shopper) const
{
    if (!m_problem.rules.availability)
        return true;
    const auto [first, last] = m_problem.visitDays(m_problem.visits[size_t(visit)]);
    const auto& who = m_problem.shoppers[size_t(shopper)];
    for (int i = who.unavailableBegin; i < who.unavailableEnd; ++i) {
        const auto& range = m_problem.unavailable[size_t(i)];
        if (range.first <= first && range.second >= last)
            return false;
    }
    return true;
}

bool CandidateRules::isConflictFree(int location, int shopper) const
{
    if (!m_problem.rules.conflicts)
        return true;
    const auto& who = m_problem.shoppers[size_t(shopper)];
    if (who.conflictsBegin == who.conflictsEnd)
        return true;
    const auto begin = m_problem.conflicts.begin() + who.conflictsBegin;
    const auto end = m_problem.conflicts.begin() + who.conflictsEnd;
    const int brand = m_problem.locations[size_t(location)].brandIndex;
    return !std::binary_search(begin, end, location) && (brand < 0 || !std::binary_search(begin, end, -1 - brand));
}

bool CandidateRules::isClearOfLockout(int visit, int shopper) const
{
    const auto& v = m_problem.visits[size_t(visit)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    const auto [first, last] = m_problem.visitDays(v);
    for (int i = who.historyBegin; i < who.historyEnd; ++i) {
        const auto& past = m_problem.history[size_t(i)];
        if (m_problem.sameLockoutGroup(past.location, v.location)
            && m_problem.tooClose(past.firstDay, past.lastDay, past.wave, first, last, m_problem.current))
            return false;
    }
    return true;
}

int CandidateRules::waveRoom(int shopper) const
{
    if (!m_problem.rules.capacityPerWave)
        return INT_MAX;
    const auto& who = m_problem.shoppers[size_t(shopper)];
    return who.capacityPerWave - who.fixedInWave;
}

int CandidateRules::dayRoom(int shopper, int day) const
{
    if (!m_problem.rules.capacityPerDay || day == AssignmentProblem::noDay)
        return INT_MAX;
    const auto& who = m_problem.shoppers[size_t(shopper)];
    return who.capacityPerDay - m_problem.fixedOnDay(who, day);
}

bool CandidateRules::lockOutEachOther(int visitA, int visitB) const
{
    const auto& a = m_problem.visits[size_t(visitA)];
    const auto& b = m_problem.visits[size_t(visitB)];
    if (!m_problem.sameLockoutGroup(a.location, b.location))
        return false;
    const auto [firstA, lastA] = m_problem.visitDays(a);
    const auto [firstB, lastB] = m_problem.visitDays(b);
    return m_problem.tooClose(firstA, lastA, m_problem.current, firstB, lastB, m_problem.current);
}

AssignmentRule::Kind CandidateRules::firstBroken(int visit, int shopper) const
{
    const auto& v = m_problem.visits[size_t(visit)];
    if (!isActive(shopper))
        return AssignmentRule::Active;
    if (!fitsProfile(v.scenario, shopper))
        return AssignmentRule::Profile;
    if (!reach(v.location, shopper))
        return AssignmentRule::Distance;
    if (!isAvailable(visit, shopper))
        return AssignmentRule::Availability;
    if (!isConflictFree(v.location, shopper))
        return AssignmentRule::Conflict;
    if (!isClearOfLockout(visit, shopper))
        return AssignmentRule::Lockout;
    if (waveRoom(shopper) <= 0 || dayRoom(shopper, v.day) <= 0)
        return AssignmentRule::Capacity;
    return AssignmentRule::None;
}

qint64 CandidateRules::workloadCost(int nthVisit) const
{
    return nthVisit <= 1 ? 0 : units(double(nthVisit - 1) * m_problem.rules.workloadWeight);
}

qint64 CandidateRules::feeCost(int scenario) const
{
    return units(m_problem.scenarios[size_t(scenario)].fee * m_problem.rules.feeWeight);
}

qint64 CandidateRules::ratingCost(int scenario, int shopper) const
{
    if (!m_problem.scenarios[size_t(scenario)].demanding)
        return 0;
    const AssignmentRules& rules = m_problem.rules;
    const double rating = m_problem.shoppers[size_t(shopper)].rating.value_or(rules.unratedAs);
    return units(std::max(0.0, rules.preferredRating - rating) * rules.ratingWeight);
}

qint64 CandidateRules::travelCost(double km) const
{
    return units(km * m_problem.rules.travelPerKm);
}

qint64 CandidateRules::managerCost(int location, int shopper) const
{
    const int manager = m_problem.locations[size_t(location)].manager;
    return units(m_problem.rules.managerWeight
                 * m_problem.managerVisitCount(m_problem.shoppers[size_t(shopper)], manager));
}

CostBreakdown CandidateRules::cost(int visit, int shopper) const
{
    const auto& v = m_problem.visits[size_t(visit)];
    CostBreakdown cost;
    if (m_problem.locations[size_t(v.location)].inPerson) {
        // The counted distance even when the pair is out of reach (a manual choice shows it).
        cost.km = reachWithin(v.location, shopper, std::nullopt).value_or(0.0);
        cost.travel = travelCost(cost.km);
    }
    cost.fee = feeCost(v.scenario);
    cost.rating = ratingCost(v.scenario, shopper);
    cost.manager = managerCost(v.location, shopper);
    return cost;
}

QString CandidateRules::profileText(int scenario) const
{
    const auto& need = m_problem.scenarios[size_t(scenario)];
    QStringList parts;
    if (need.minAge && need.maxAge)
        parts << tr("age %1–%2").arg(*need.minAge).arg(*need.maxAge);
    else if (need.minAge)
        parts << tr("age %1+").arg(*need.minAge);
    else if (need.maxAge)
        parts << tr("age up to %1").arg(*need.maxAge);
    if (!need.gender.isEmpty())
        parts << DomainLabels::label(DomainLabels::Gender, need.gender).toLower();
    for (const QString& language : need.languages)
        parts << tr("speaks %1").arg(language);
    parts << need.tags;
    return parts.isEmpty() ? tr("any shopper") : parts.join(QStringLiteral(", "));
}

QString CandidateRules::reason(AssignmentRule::Kind rule, int visit, int shopper) const
{
    const auto& v = m_problem.visits[size_t(visit)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    const auto& where = m_problem.locations[size_t(v.location)];
    switch (rule) {
    case AssignmentRule::None:
        return {};
    case AssignmentRule::Active:
        return tr("%1 is %2, not active.").arg(who.code, DomainLabels::label(DomainLabels::ShopperStatus, who.status).toLower());
    case AssignmentRule::Profile: {
        const auto& need = m_problem.scenarios[size_t(v.scenario)];
        QStringList misses;
        const auto age = m_problem.age(who);
        if ((need.minAge || need.maxAge) && !age)
            misses << tr("birth year unknown");
        else if ((need.minAge && *age < *need.minAge) || (need.maxAge && *age > *need.maxAge))
            misses << tr("age %1").arg(*age);
        if (!need.gender.isEmpty() && need.gender != who.gender)
            misses << (who.gender.isEmpty() ? tr("gender unknown") : DomainLabels::label(DomainLabels::Gender, who.gender).toLower());
        for (const QString& language : need.languages)
            if (!m_problem.traitNames.contains(QStringLiteral("language:") + language)
                || !m_problem.hasTrait(who, int(m_problem.traitNames.indexOf(QStringLiteral("language:") + language))))
                misses << tr("does not speak %1").arg(language);
        for (const QString& tag : need.tags)
            if (!m_problem.traitNames.contains(QStringLiteral("tag:") + tag)
                || !m_problem.hasTrait(who, int(m_problem.traitNames.indexOf(QStringLiteral("tag:") + tag))))
                misses << tr("not “%1”").arg(tag);
        return tr("%1 does not fit the profile “%2”: %3.").arg(who.code, profileText(v.scenario), misses.join(QStringLiteral(", ")));
    }
    case AssignmentRule::Distance: {
        const auto limit = limitFor(v.location);
        if (where.hasCoordinates && who.hasHome)
            return tr("%1 lives %2 km from %3; the limit is %4 km.")
                .arg(who.code, kmText(GreatCircle::km(where.unit, who.unit)), where.code, kmText(limit.value_or(0)));
        return tr("%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.")
            .arg(who.code, who.homeCity, where.city);
    }
    case AssignmentRule::Availability: {
        const auto [first, last] = m_problem.visitDays(v);
        for (int i = who.unavailableBegin; i < who.unavailableEnd; ++i) {
            const auto& range = m_problem.unavailable[size_t(i)];
            if (range.first <= first && range.second >= last)
                return tr("%1 is unavailable from %2 to %3.").arg(who.code, dateText(range.first), dateText(range.second));
        }
        return tr("%1 is unavailable then.").arg(who.code);
    }
    case AssignmentRule::Conflict:
        for (int i = who.conflictsBegin; i < who.conflictsEnd; ++i) {
            const int entry = m_problem.conflicts[size_t(i)];
            if (entry == v.location)
                return tr("%1 declared a conflict of interest with %2.").arg(who.code, where.code);
            if (entry < 0 && -1 - entry == where.brandIndex)
                return tr("%1 declared a conflict of interest with the brand %2.").arg(who.code, where.brand);
        }
        return tr("%1 declared a conflict of interest.").arg(who.code);
    case AssignmentRule::Lockout: {
        const auto [first, last] = m_problem.visitDays(v);
        for (int i = who.historyBegin; i < who.historyEnd; ++i) {
            const auto& past = m_problem.history[size_t(i)];
            if (past.visit == visit || !m_problem.sameLockoutGroup(past.location, v.location)
                || !m_problem.tooClose(past.firstDay, past.lastDay, past.wave, first, last, m_problem.current))
                continue;
            const auto& pastWhere = m_problem.locations[size_t(past.location)];
            const QString when = past.firstDay == past.lastDay
                                     ? dateText(past.firstDay)
                                     : tr("wave %1").arg(m_problem.waves[size_t(past.wave)].code);
            const QString lockoutRule = m_problem.lockoutDays > 0 && m_problem.rules.lockoutWaves > 0
                                     ? tr("the lockout is %n day(s)", nullptr, m_problem.lockoutDays)
                                           + QStringLiteral(" / ") + tr("%n wave(s)", nullptr, m_problem.rules.lockoutWaves)
                                 : m_problem.lockoutDays > 0 ? tr("the lockout is %n day(s)", nullptr, m_problem.lockoutDays)
                                                             : tr("the lockout is %n wave(s)", nullptr, m_problem.rules.lockoutWaves);
            return tr("%1 shopped %2 (%3) on %4; %5.").arg(who.code, pastWhere.code, pastWhere.name, when, lockoutRule);
        }
        return tr("%1 shopped this location too recently.").arg(who.code);
    }
    case AssignmentRule::Capacity:
        if (waveRoom(shopper) <= 0)
            return tr("%1 already has %2 of %n visit(s) allowed in this wave.", nullptr, who.capacityPerWave)
                .arg(who.code)
                .arg(who.fixedInWave);
        return tr("%1 already has %2 of %n visit(s) allowed on %3.", nullptr, who.capacityPerDay)
            .arg(who.code)
            .arg(m_problem.fixedOnDay(who, v.day))
            .arg(dateText(v.day));
    }
    return {};
}
