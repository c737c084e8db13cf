#include "AssignmentExplainer.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <map>

namespace {
QString points(qint64 units)
{
    return QLocale().toString(CostBreakdown::points(units), 'f', 2);
}

QString kilometres(double km)
{
    return QLocale().toString(km, 'f', km < 10 ? 1 : 0);
}
} // namespace

AssignmentExplainer::AssignmentExplainer(const CandidateLists& lists, const AssignmentResult& result)
    : m_lists(lists)
    , m_rules(lists.rules())
    , m_problem(lists.rules().problem())
    , m_result(result)
{
    m_shopperOf.assign(m_problem.visits.size(), -1);
    for (const auto& assignment : result.assignments)
        m_shopperOf[size_t(assignment.visit)] = assignment.shopper;
}

QString AssignmentExplainer::reasonLabel(AssignmentRule::Kind rule)
{
    return rule == AssignmentRule::None ? tr("needed for other visits") : AssignmentRule::label(rule);
}

QString AssignmentExplainer::costText(const AssignmentProblem& problem, int visit, int shopper, const CostBreakdown& cost)
{
    const auto& who = problem.shoppers[size_t(shopper)];
    const bool inPerson = problem.locations[size_t(problem.visits[size_t(visit)].location)].inPerson;
    return inPerson ? tr("%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.")
                          .arg(who.code, kilometres(cost.km), points(cost.travel), points(cost.fee), points(cost.workload),
                               points(cost.rating), points(cost.manager), points(cost.total()))
                    : tr("%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.")
                          .arg(who.code, points(cost.fee), points(cost.workload), points(cost.rating), points(cost.manager),
                               points(cost.total()));
}

VisitExplanation AssignmentExplainer::explain(int visit) const
{
    const int shopper = m_shopperOf[size_t(visit)];
    return shopper >= 0 ? explainAssigned(visit, shopper) : explainUnassigned(visit);
}

VisitExplanation AssignmentExplainer::explainAssigned(int visit, int shopper) const
{
    VisitExplanation why;
    why.visit = visit;
    why.shopper = shopper;
    const auto found = std::lower_bound(m_result.assignments.begin(), m_result.assignments.end(), visit,
                                        [](const AssignmentResult::Assignment& a, int v) { return a.visit < v; });
    why.cost = found != m_result.assignments.end() && found->visit == visit ? found->cost : m_rules.cost(visit, shopper);
    const qint64 own = why.cost.pairCost();
    why.rank = 1;
    const int list = m_lists.listOf(visit);
    if (list >= 0) {
        for (const auto& entry : m_lists.entries(list)) {
            if (!m_lists.passesDatedRules(visit, entry.shopper))
                continue;
            ++why.eligible;
            if (entry.shopper == shopper)
                continue;
            if (entry.cost < own)
                ++why.rank;
            if (why.runnerUp < 0) {
                why.runnerUp = entry.shopper;
                why.runnerUpCost = entry.cost;
            }
        }
    }

    QString text = costText(m_problem, visit, shopper, why.cost) + QLatin1Char(' ');
    if (why.rank == 1)
        text += tr("The cheapest of the %n shopper(s) who may take it.", nullptr, why.eligible);
    else
        text += tr("Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.", nullptr,
                   why.eligible)
                    .arg(why.rank);
    if (why.runnerUp >= 0)
        text += QLatin1Char(' ')
                + tr("Next best: %1 at %2 points before workload.")
                      .arg(m_problem.shoppers[size_t(why.runnerUp)].code, points(why.runnerUpCost));
    why.text = text;
    return why;
}

VisitExplanation AssignmentExplainer::explainUnassigned(int visit) const
{
    VisitExplanation why;
    why.visit = visit;
    const auto& v = m_problem.visits[size_t(visit)];
    why.panel = int(m_problem.shoppers.size());
    int counts[AssignmentRule::count + 1] = {}; // by rule; the last: none broken
    for (int s = 0; s < why.panel; ++s) {
        const AssignmentRule::Kind rule = m_rules.firstBroken(visit, s);
        ++counts[rule == AssignmentRule::None ? AssignmentRule::count : int(rule)];
    }
    int remaining = why.panel;
    for (int r = 0; r < AssignmentRule::count; ++r) {
        remaining -= counts[r];
        why.funnel.push_back({AssignmentRule::Kind(r), counts[r], remaining});
        if (remaining == 0 && why.binding == AssignmentRule::None && counts[r] > 0)
            why.binding = AssignmentRule::Kind(r);
    }
    why.eligible = counts[AssignmentRule::count];
    if (why.panel == 0)
        why.binding = AssignmentRule::Active;

    // "Before the rule": the shoppers the binding rule had to judge.
    int judged = 0;
    for (const auto& stage : why.funnel)
        if (stage.rule == why.binding)
            judged = stage.excluded;

    const QString profile = m_rules.profileText(v.scenario);
    const auto& where = m_problem.locations[size_t(v.location)];
    const QString date = v.day == AssignmentProblem::noDay ? tr("the wave's dates")
                                                           : QLocale().toString(QDate::fromJulianDay(v.day), QLocale::ShortFormat);
    const auto limit = m_rules.limitFor(v.location);
    if (why.binding == AssignmentRule::Distance && limit && where.hasCoordinates) {
        // Who would qualify if the limit were wider: everyone else keeps every other rule.
        for (const double factor : {1.5, 2.0, 3.0}) {
            const double wider = *limit * factor;
            int qualify = 0;
            for (int s = 0; s < why.panel; ++s) {
                if (m_rules.firstBroken(visit, s) != AssignmentRule::Distance || !m_rules.reachWithin(v.location, s, wider))
                    continue;
                if (m_rules.isAvailable(visit, s) && m_rules.isConflictFree(v.location, s) && m_rules.isClearOfLockout(visit, s)
                    && m_rules.waveRoom(s) > 0 && m_rules.dayRoom(s, v.day) > 0)
                    ++qualify;
            }
            why.widerKm = wider;
            why.qualifyWider = qualify;
            if (qualify > 0)
                break;
        }
    }

    switch (why.binding) {
    case AssignmentRule::None:
        why.text = tr("%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout "
                      "within the wave).",
                      nullptr, why.eligible);
        break;
    case AssignmentRule::Active:
        why.text = tr("No shopper of the panel is active.");
        break;
    case AssignmentRule::Profile:
        why.text = tr("No active shopper fits the profile “%1”.").arg(profile);
        break;
    case AssignmentRule::Distance:
        if (limit && where.hasCoordinates) {
            why.text = tr("No shopper within %1 km fits the profile “%2”.").arg(kilometres(*limit), profile);
            if (why.qualifyWider > 0)
                why.text += QLatin1Char(' ') + tr("%n would qualify at %1 km.", nullptr, why.qualifyWider).arg(kilometres(*why.widerKm));
            else if (why.widerKm)
                why.text += QLatin1Char(' ') + tr("None would within %1 km either.").arg(kilometres(*why.widerKm));
        } else {
            why.text = tr("No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).")
                           .arg(profile, where.city.isEmpty() ? where.code : where.city);
        }
        break;
    case AssignmentRule::Availability:
        why.text = tr("The %n shopper(s) within reach who fit the profile are unavailable on %1.", nullptr, judged).arg(date);
        break;
    case AssignmentRule::Conflict:
        why.text = tr("The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.", nullptr, judged)
                       .arg(where.code);
        break;
    case AssignmentRule::Lockout:
        why.text = tr("The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).", nullptr, judged).arg(where.code);
        break;
    case AssignmentRule::Capacity:
        why.text = tr("The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.", nullptr, judged).arg(date);
        break;
    }
    return why;
}

std::vector<VisitExplanation> AssignmentExplainer::unassignedExplanations() const
{
    std::vector<VisitExplanation> explanations;
    explanations.reserve(m_result.unassigned.size());
    for (int visit : m_result.unassigned)
        explanations.push_back(explainUnassigned(visit));
    return explanations;
}

std::vector<AssignmentExplainer::Reason> AssignmentExplainer::reasons(std::vector<VisitExplanation> unassigned)
{
    std::map<int, Reason> byRule;
    for (VisitExplanation& why : unassigned) {
        Reason& reason = byRule[int(why.binding)];
        reason.rule = why.binding;
        if (reason.visits++ == 0)
            reason.example = std::move(why);
    }
    std::vector<Reason> rows;
    for (auto& entry : byRule)
        rows.push_back(std::move(entry.second));
    std::stable_sort(rows.begin(), rows.end(), [](const Reason& a, const Reason& b) { return a.visits > b.visits; });
    return rows;
}
