#include "AssignmentSession.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString points(qint64 units)
{
    return QLocale().toString(CostBreakdown::points(units), 'f', 2);
}
} // namespace

std::unique_ptr<AssignmentSession> AssignmentSession::load(const QSqlDatabase& db, qint64 waveId,
                                                           const std::optional<AssignmentRules>& rules,
                                                           const AssignmentLoader::Options& options, quint64 seed,
                                                           const std::atomic<bool>* cancel, const Progress& progress,
                                                           QString* error)
{
    std::optional<AssignmentRules> inEffect = rules;
    if (!inEffect) {
        inEffect = AssignmentRules::forProgramme(db, nullptr, error);
        if (!inEffect)
            return nullptr;
    }
    auto problem = AssignmentLoader::load(db, waveId, *inEffect, options, cancel, progress, error);
    if (!problem)
        return nullptr;
    auto session = std::make_unique<AssignmentSession>(std::move(*problem), seed);
    if (!session->m_lists.complete()) {
        if (error)
            *error = tr("cancelled");
        return nullptr;
    }
    if (progress)
        progress(100);
    return session;
}

std::unique_ptr<AssignmentSession> AssignmentSession::forVisit(const QSqlDatabase& db, qint64 visitId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT wave_id FROM visit WHERE id = ?"));
    query.addBindValue(visitId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("there is no visit %1").arg(visitId);
        return nullptr;
    }
    return load(db, query.value(0).toLongLong(), error);
}

int AssignmentSession::shopperIndexByCode(const QString& code) const
{
    for (size_t s = 0; s < m_problem.shoppers.size(); ++s)
        if (m_problem.shoppers[s].code == code)
            return int(s);
    return -1;
}

AssignmentSession::AssignmentSession(AssignmentProblem problem, quint64 seed)
    : m_problem(std::move(problem))
    , m_rules(m_problem)
    , m_lists(m_rules, seed)
{
}

std::vector<std::vector<int>> AssignmentSession::holdings(const AssignmentResult* proposed) const
{
    std::vector<std::vector<int>> held(m_problem.shoppers.size());
    for (size_t v = 0; v < m_problem.visits.size(); ++v) {
        const auto& visit = m_problem.visits[v];
        if (visit.shopper >= 0 && (!proposed || !visit.open))
            held[size_t(visit.shopper)].push_back(int(v));
    }
    if (proposed)
        for (const auto& assignment : proposed->assignments)
            held[size_t(assignment.shopper)].push_back(assignment.visit);
    return held;
}

bool AssignmentSession::keepsHardRules(int visit, int shopper, const std::vector<int>& held,
                                       std::vector<ChoiceCheck::Refusal>* refusals) const
{
    const auto& v = m_problem.visits[size_t(visit)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    bool keeps = true;
    auto refuse = [&](AssignmentRule::Kind rule, const QString& text) {
        keeps = false;
        if (refusals)
            refusals->push_back({rule, text});
        return refusals != nullptr; // go on only to collect every reason
    };
    if (!m_rules.isActive(shopper) && !refuse(AssignmentRule::Active, m_rules.reason(AssignmentRule::Active, visit, shopper)))
        return false;
    if (!m_rules.fitsProfile(v.scenario, shopper) && !refuse(AssignmentRule::Profile, m_rules.reason(AssignmentRule::Profile, visit, shopper)))
        return false;
    if (!m_rules.reach(v.location, shopper) && !refuse(AssignmentRule::Distance, m_rules.reason(AssignmentRule::Distance, visit, shopper)))
        return false;
    if (!m_rules.isAvailable(visit, shopper)
        && !refuse(AssignmentRule::Availability, m_rules.reason(AssignmentRule::Availability, visit, shopper)))
        return false;
    if (!m_rules.isConflictFree(v.location, shopper)
        && !refuse(AssignmentRule::Conflict, m_rules.reason(AssignmentRule::Conflict, visit, shopper)))
        return false;

    // The lockout: other waves' visits from the history, this wave's from the holdings.
    const auto [first, last] = m_problem.visitDays(v);
    bool lockedOut = false;
    for (int i = who.historyBegin; i < who.historyEnd && !lockedOut; ++i) {
        const auto& past = m_problem.history[size_t(i)];
        lockedOut = past.visit < 0 && m_problem.sameLockoutGroup(past.location, v.location)
                    && m_problem.tooClose(past.firstDay, past.lastDay, past.wave, first, last, m_problem.current);
    }
    if (lockedOut && !refuse(AssignmentRule::Lockout, m_rules.reason(AssignmentRule::Lockout, visit, shopper)))
        return false;
    int inWave = 1;
    int onDay = 1;
    for (int other : held) {
        if (other == visit)
            continue;
        ++inWave;
        const auto& w = m_problem.visits[size_t(other)];
        onDay += v.day != AssignmentProblem::noDay && w.day == v.day ? 1 : 0;
        if (m_rules.lockOutEachOther(visit, other)) {
            const auto& where = m_problem.locations[size_t(w.location)];
            const QString when = w.day == AssignmentProblem::noDay ? tr("in this wave")
                                                                   : QLocale().toString(QDate::fromJulianDay(w.day), QLocale::ShortFormat);
            if (!refuse(AssignmentRule::Lockout, tr("%1 already has a visit to %2 (%3) on %4, too close for the lockout.")
                                                     .arg(who.code, where.code, where.name, when)))
                return false;
        }
    }
    if (m_problem.rules.capacityPerWave && inWave > who.capacityPerWave
        && !refuse(AssignmentRule::Capacity, tr("%1 would have %2 visits in this wave; the limit is %3.")
                                                 .arg(who.code)
                                                 .arg(inWave)
                                                 .arg(who.capacityPerWave)))
        return false;
    if (m_problem.rules.capacityPerDay && v.day != AssignmentProblem::noDay && onDay > who.capacityPerDay
        && !refuse(AssignmentRule::Capacity, tr("%1 would have %2 visits on %3; the limit is %4.")
                                                 .arg(who.code)
                                                 .arg(onDay)
                                                 .arg(QLocale().toString(QDate::fromJulianDay(v.day), QLocale::ShortFormat))
                                                 .arg(who.capacityPerDay)))
        return false;
    return keeps;
}

std::vector<AssignmentSession::Candidate> AssignmentSession::candidates(int visit, int limit,
                                                                        const AssignmentResult* proposed) const
{
    return candidatesHolding(visit, limit, holdings(proposed));
}

std::vector<AssignmentSession::Candidate> AssignmentSession::candidatesHolding(int visit, int limit,
                                                                               const std::vector<std::vector<int>>& held) const
{
    std::vector<Candidate> found;
    auto consider = [&](int shopper) {
        if (!keepsHardRules(visit, shopper, held[size_t(shopper)], nullptr))
            return;
        CostBreakdown cost = m_rules.cost(visit, shopper);
        const auto& mine = held[size_t(shopper)];
        const int others = int(mine.size()) - int(std::count(mine.begin(), mine.end(), visit));
        cost.workload = m_rules.workloadCost(others + 1);
        found.push_back({shopper, cost});
    };
    // An open visit's list holds everyone who keeps the rules that do not depend on the date.
    const int list = m_problem.visits[size_t(visit)].open ? m_lists.listOf(visit) : -1;
    if (list >= 0) {
        for (const auto& entry : m_lists.entries(list))
            consider(entry.shopper);
    } else {
        for (int s = 0; s < int(m_problem.shoppers.size()); ++s)
            consider(s);
    }
    std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.cost.total() < b.cost.total(); });
    if (limit >= 0 && int(found.size()) > limit)
        found.resize(size_t(limit));
    return found;
}

ChoiceCheck AssignmentSession::checkChoice(int visit, int shopper, const AssignmentResult* proposed) const
{
    return check(visit, shopper, holdings(proposed), nullptr);
}

std::pair<ChoiceCheck, ChoiceCheck> AssignmentSession::checkSwap(int first, int second) const
{
    const auto inFile = holdings(nullptr);
    auto held = inFile;
    const int firstShopper = m_problem.visits[size_t(first)].shopper;
    const int secondShopper = m_problem.visits[size_t(second)].shopper;
    // Each shopper gives up the visit they hand over before the rules count theirs.
    auto release = [&held](int shopper, int visit) {
        if (shopper < 0)
            return;
        auto& mine = held[size_t(shopper)];
        mine.erase(std::remove(mine.begin(), mine.end(), visit), mine.end());
    };
    release(firstShopper, first);
    release(secondShopper, second);
    // Cheaper shoppers are counted as the file has them, as for a choice by hand.
    return {secondShopper >= 0 ? check(first, secondShopper, held, &inFile) : ChoiceCheck(),
            firstShopper >= 0 ? check(second, firstShopper, held, &inFile) : ChoiceCheck()};
}

ChoiceCheck AssignmentSession::check(int visit, int shopper, const std::vector<std::vector<int>>& held,
                                     const std::vector<std::vector<int>>* rankWith) const
{
    ChoiceCheck check;
    keepsHardRules(visit, shopper, held[size_t(shopper)], &check.refusals);
    const auto& v = m_problem.visits[size_t(visit)];
    const auto& who = m_problem.shoppers[size_t(shopper)];
    check.cost = m_rules.cost(visit, shopper);
    const auto& mine = held[size_t(shopper)];
    const int others = int(mine.size()) - int(std::count(mine.begin(), mine.end(), visit));
    check.cost.workload = m_rules.workloadCost(others + 1);
    if (!check.allowed())
        return check;

    // Soft rules: each term that weighs, and cheaper shoppers who may take the visit.
    const AssignmentRules& rules = m_problem.rules;
    const auto limit = m_rules.limitFor(v.location);
    if (limit && m_problem.locations[size_t(v.location)].inPerson && check.cost.km > 0.75 * *limit)
        check.warnings << tr("%1 lives %2 km away, near the %3 km limit.")
                              .arg(who.code, QLocale().toString(check.cost.km, 'f', 0), QLocale().toString(*limit, 'f', 0));
    if (check.cost.rating > 0) {
        const auto& scenario = m_problem.scenarios[size_t(v.scenario)];
        check.warnings << (who.rating ? tr("%1 is rated %2, below the %3 preferred for the demanding scenario %4.")
                                            .arg(who.code, QLocale().toString(*who.rating, 'f', 1),
                                                 QLocale().toString(rules.preferredRating, 'f', 1), scenario.code)
                                      : tr("%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.")
                                            .arg(who.code, QLocale().toString(rules.unratedAs, 'f', 1),
                                                 QLocale().toString(rules.preferredRating, 'f', 1), scenario.code));
    }
    const int manager = m_problem.locations[size_t(v.location)].manager;
    if (const int times = m_problem.managerVisitCount(who, manager); times > 0 && check.cost.manager > 0)
        check.warnings << tr("%1 has shopped locations of the same region manager (%2) %n time(s) lately.", nullptr, times)
                              .arg(who.code, m_problem.managers.value(manager));
    if (others > 0 && check.cost.workload > 0)
        check.warnings << tr("%1 already has %n visit(s) in this wave; one more adds %2 workload points.", nullptr, others)
                              .arg(who.code, points(check.cost.workload));
    const auto ranked = candidatesHolding(visit, -1, rankWith ? *rankWith : held);
    const auto cheaper = std::count_if(ranked.begin(), ranked.end(),
                                       [&](const Candidate& c) { return c.cost.total() < check.cost.total(); });
    if (cheaper > 0)
        check.warnings << tr("%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.", nullptr, int(cheaper))
                              .arg(m_problem.shoppers[size_t(ranked.front().shopper)].code, points(ranked.front().cost.total()),
                                   points(check.cost.total()));
    return check;
}

VisitExplanation AssignmentSession::explainInFile(int visit) const
{
    const int shopper = m_problem.visits[size_t(visit)].shopper;
    if (shopper < 0) {
        const AssignmentResult none;
        VisitExplanation why = AssignmentExplainer(m_lists, none).explain(visit);
        if (why.binding == AssignmentRule::None) {
            // Nobody has run the engine on it yet, or its shoppers went elsewhere by hand.
            const auto ranked = candidates(visit, -1);
            if (!ranked.empty()) {
                const auto& cheapest = ranked.front();
                why.runnerUp = cheapest.shopper;
                why.runnerUpCost = cheapest.cost.total();
                why.text = tr("%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.",
                              nullptr, int(ranked.size()))
                               .arg(m_problem.shoppers[size_t(cheapest.shopper)].code, points(cheapest.cost.total()));
            }
        }
        return why;
    }

    VisitExplanation why;
    why.visit = visit;
    why.shopper = shopper;
    // The file's holdings, read once for the check and the ranking.
    const auto held = holdings(nullptr);
    const ChoiceCheck check = this->check(visit, shopper, held, nullptr);
    why.cost = check.cost;
    const auto ranked = candidatesHolding(visit, -1, held);
    why.eligible = int(ranked.size());
    why.rank = 1 + int(std::count_if(ranked.begin(), ranked.end(), [&](const Candidate& c) {
                   return c.shopper != shopper && c.cost.total() < check.cost.total();
               }));
    for (const Candidate& other : ranked) {
        if (other.shopper != shopper) {
            why.runnerUp = other.shopper;
            why.runnerUpCost = other.cost.total();
            break;
        }
    }
    for (const auto& refusal : check.refusals)
        why.brokenRules << refusal.text;
    why.warnings = check.warnings;
    QString text = AssignmentExplainer::costText(m_problem, visit, shopper, why.cost) + QLatin1Char(' ');
    if (!check.allowed())
        text += tr("This assignment breaks %n rule(s) now.", nullptr, int(check.refusals.size()));
    else if (why.rank == 1)
        text += tr("The cheapest of the %n shopper(s) who may take it.", nullptr, why.eligible);
    else
        text += tr("Number %1 of the %n shopper(s) who may take it.", nullptr, why.eligible).arg(why.rank);
    why.text = text;
    return why;
}
