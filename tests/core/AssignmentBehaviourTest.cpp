#include "assignment/AssignmentSession.h"
#include "assignment/GreatCircle.h"
#include "commands/AssignmentCommands.h"
#include "project/Project.h"
#include "support/AssignmentScene.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// What each rule does to an assignment, and what the explanations say about it, on hand-made
// programmes around Rīga (0.1° of latitude is 11.1 km).

namespace {
constexpr double kLatitude = 56.95;
constexpr double kLongitude = 24.10;

class AssignmentBehaviour : public ::testing::Test
{
protected:
    AssignmentBehaviour()
        : scene(folder.path(QStringLiteral("scene.shopscope")))
    {
    }
    // Loads W2 with these rules and solves it.
    void solve(const char* rulesJson = "{}")
    {
        QString error;
        const auto rules = AssignmentRules::fromJson(QByteArray(rulesJson), &error);
        ASSERT_TRUE(rules) << error.toStdString();
        session = AssignmentSession::load(scene.project()->database(), scene.wave(QStringLiteral("W2")), *rules,
                                          AssignmentLoader::Options(), 1, nullptr, {}, &error);
        ASSERT_TRUE(session) << error.toStdString();
        auto solved = session->solve(&error);
        ASSERT_TRUE(solved) << error.toStdString();
        result = *solved;
        EXPECT_TRUE(result.provenOptimal);
    }
    // The code of the shopper a visit got ("" for none).
    QString shopperOf(qint64 visitId) const
    {
        const int visit = session->visitIndex(visitId);
        for (const auto& assignment : result.assignments)
            if (assignment.visit == visit)
                return session->problem().shoppers[size_t(assignment.shopper)].code;
        return {};
    }
    VisitExplanation explain(qint64 visitId) const { return session->explainer(result).explain(session->visitIndex(visitId)); }

    TestFolder folder;
    AssignmentScene scene;
    std::unique_ptr<AssignmentSession> session;
    AssignmentResult result;
};
} // namespace

TEST_F(AssignmentBehaviour, TheNearerShopperWinsAndFarAwayIsExplainedWithTheDistanceThatWouldDo)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 far = scene.location(QStringLiteral("B2"), kLatitude + 1.0, kLongitude); // 111 km north
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    scene.shopper(QStringLiteral("NEAR"), kLatitude + 0.05, kLongitude);
    scene.shopper(QStringLiteral("FARTHER"), kLatitude + 0.2, kLongitude);
    scene.shopper(QStringLiteral("NORTH"), kLatitude + 0.5, kLongitude); // 55 km from B2
    const qint64 visit = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-07"));
    const qint64 lonely = scene.visit(QStringLiteral("W2"), far, scenario, QStringLiteral("2026-12-08"));
    solve();
    EXPECT_EQ(shopperOf(visit), QStringLiteral("NEAR"));
    EXPECT_EQ(shopperOf(lonely), QString());

    const VisitExplanation near = explain(visit);
    EXPECT_EQ(near.rank, 1);
    EXPECT_EQ(near.eligible, 2) << "NORTH is 56 km from B1: out of reach";
    EXPECT_NEAR(near.cost.km, GreatCircle::haversineKm(kLatitude, kLongitude, kLatitude + 0.05, kLongitude), 0.01);
    EXPECT_EQ(near.cost.travel, std::llround(near.cost.km * 100)) << "1 point per km, in hundredths";
    EXPECT_EQ(near.cost.fee, 2000);
    EXPECT_TRUE(near.text.contains(QStringLiteral("The cheapest of the 2 shopper"))) << near.text.toStdString();
    EXPECT_TRUE(near.text.contains(QStringLiteral("Next best: FARTHER"))) << near.text.toStdString();

    const VisitExplanation why = explain(lonely);
    EXPECT_EQ(why.binding, AssignmentRule::Distance);
    EXPECT_EQ(why.panel, 3);
    EXPECT_EQ(why.eligible, 0);
    ASSERT_TRUE(why.widerKm);
    EXPECT_DOUBLE_EQ(*why.widerKm, 60.0);
    EXPECT_EQ(why.qualifyWider, 1);
    EXPECT_TRUE(why.text.contains(QStringLiteral("No shopper within 40 km fits the profile “any shopper”"))) << why.text.toStdString();
    EXPECT_TRUE(why.text.contains(QStringLiteral("would qualify at 60 km"))) << why.text.toStdString();
    const auto reasons = session->explainer(result).reasons();
    ASSERT_EQ(reasons.size(), 1u);
    EXPECT_EQ(reasons.front().rule, AssignmentRule::Distance);
    EXPECT_EQ(reasons.front().visits, 1);

    solve(R"({"distance":{"max_km":60}})");
    EXPECT_EQ(shopperOf(lonely), QStringLiteral("NORTH")) << "a wider limit reaches the shopper the explanation named";
}

TEST_F(AssignmentBehaviour, TheLockoutAcrossWavesKeepsLastWavesShopperAway)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    const qint64 near = scene.shopper(QStringLiteral("NEAR"), kLatitude + 0.01, kLongitude);
    scene.shopper(QStringLiteral("FARTHER"), kLatitude + 0.2, kLongitude);
    scene.visit(QStringLiteral("W1"), branch, scenario, QStringLiteral("2026-11-20"), near, QStringLiteral("approved"));
    scene.closePast();
    const qint64 visit = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-05"));

    solve(); // the programme's 60 days
    EXPECT_EQ(shopperOf(visit), QStringLiteral("FARTHER")) << "NEAR shopped B1 15 days earlier";
    solve(R"({"lockout":{"days":10}})");
    EXPECT_EQ(shopperOf(visit), QStringLiteral("NEAR")) << "15 days apart is enough for a 10-day lockout";
    solve(R"({"lockout":{"days":0,"waves":1}})");
    EXPECT_EQ(shopperOf(visit), QStringLiteral("FARTHER")) << "the previous wave is within one wave";
    solve(R"({"lockout":{"days":0,"waves":0}})");
    EXPECT_EQ(shopperOf(visit), QStringLiteral("NEAR")) << "no lockout at all";

    scene.exec(QStringLiteral("UPDATE shopper SET status = 'paused' WHERE code = 'FARTHER'"));
    solve();
    EXPECT_EQ(shopperOf(visit), QString());
    const VisitExplanation why = explain(visit);
    EXPECT_EQ(why.binding, AssignmentRule::Lockout);
    ASSERT_EQ(why.funnel.size(), size_t(AssignmentRule::count));
    EXPECT_EQ(why.funnel[AssignmentRule::Active].excluded, 1);
    EXPECT_EQ(why.funnel[AssignmentRule::Lockout].excluded, 1);
    EXPECT_TRUE(why.text.contains(QStringLiteral("shopped B1 too recently"))) << why.text.toStdString();
    const ChoiceCheck check = session->checkChoice(session->visitIndex(visit), session->shopperIndex(near));
    ASSERT_FALSE(check.allowed());
    EXPECT_EQ(check.refusals.front().rule, AssignmentRule::Lockout);
    EXPECT_TRUE(check.refusals.front().text.contains(QStringLiteral("NEAR shopped B1"))) << check.refusals.front().text.toStdString();
}

TEST_F(AssignmentBehaviour, LocksManualChoicesAndAcceptedVisitsStayAndCountAgainstCapacity)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 other = scene.location(QStringLiteral("B2"), kLatitude, kLongitude + 0.02);
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    const qint64 near = scene.shopper(QStringLiteral("NEAR"), kLatitude + 0.01, kLongitude, 2, 2);
    const qint64 farther = scene.shopper(QStringLiteral("FARTHER"), kLatitude + 0.2, kLongitude, 4, 2);
    // NEAR holds two visits already: one chosen by hand, one accepted. Their capacity is 2.
    const qint64 manual = scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-03"), farther, QString(), QStringLiteral("manual"));
    const qint64 accepted = scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-04"), near, QStringLiteral("accepted"));
    const qint64 locked = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-05"), 0, QString(), QString(), true);
    const qint64 lockedAssigned = scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-20"), near, QString(), QStringLiteral("auto"), true);
    const qint64 open = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-10"));
    solve(R"({"lockout":{"days":0}})");
    EXPECT_EQ(result.openVisits, 1) << "only the planned, unlocked visit is open";
    EXPECT_EQ(shopperOf(open), QStringLiteral("FARTHER")) << "NEAR has no capacity left";

    QString error;
    const auto before = scalar(scene.path(), QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-') || ifnull(assigned_by, '-') || locked, ';') "
                                                            "FROM visit WHERE id IN (%1, %2, %3, %4)")
                                                 .arg(manual)
                                                 .arg(accepted)
                                                 .arg(locked)
                                                 .arg(lockedAssigned));
    ASSERT_TRUE(Command::assignVisits(scene.project(), session->problem(), result, &error)) << error.toStdString();
    EXPECT_EQ(scalar(scene.path(), QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-') || ifnull(assigned_by, '-') || locked, ';') "
                                                  "FROM visit WHERE id IN (%1, %2, %3, %4)")
                                       .arg(manual)
                                       .arg(accepted)
                                       .arg(locked)
                                       .arg(lockedAssigned)),
              before);
    EXPECT_EQ(scalar(scene.path(), QStringLiteral("SELECT shopper_id || status || assigned_by FROM visit WHERE id = %1").arg(open)).toString(),
              QString::number(farther) + QStringLiteral("assignedauto"));
    EXPECT_EQ(scalar(scene.path(), QStringLiteral("SELECT count(*) FROM visit_event WHERE visit_id = %1 AND status = 'assigned' AND note = 'auto-assign'").arg(open)).toInt(), 1);
}

TEST_F(AssignmentBehaviour, ARerunReplansOnlyTheVisitsItAssignedItself)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    scene.shopper(QStringLiteral("NEAR"), kLatitude + 0.01, kLongitude);
    const qint64 farther = scene.shopper(QStringLiteral("FARTHER"), kLatitude + 0.2, kLongitude);
    const qint64 earlier = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-05"), farther);
    solve();
    EXPECT_EQ(result.openVisits, 1);
    EXPECT_EQ(shopperOf(earlier), QStringLiteral("NEAR")) << "an earlier automatic assignment is planned again";
    QString error;
    AssignmentLoader::Options keep;
    keep.replanAutoAssigned = false;
    const auto kept = AssignmentSession::load(scene.project()->database(), scene.wave(QStringLiteral("W2")), std::nullopt, keep, 1,
                                              nullptr, {}, &error);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->problem().openVisitCount(), 0) << "--keep-assigned";

    scene.exec(QStringLiteral("UPDATE visit SET assigned_by = 'manual' WHERE id = ?"), {earlier});
    solve();
    EXPECT_EQ(result.openVisits, 0) << "a choice made by hand is never planned again";
}

TEST_F(AssignmentBehaviour, WithinTheWaveOneShopperVisitsALocationOnceAndTheBrandWhenAsked)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 sister = scene.location(QStringLiteral("B2"), kLatitude, kLongitude + 0.01);
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    scene.shopper(QStringLiteral("ONLY"), kLatitude + 0.01, kLongitude, 4, 2);
    const qint64 first = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-05"));
    const qint64 second = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-20"));
    const qint64 third = scene.visit(QStringLiteral("W2"), sister, scenario, QStringLiteral("2026-12-12"));
    solve();
    EXPECT_EQ(result.assignedCount(), 2) << "B1 once (60-day lockout) and B2";
    EXPECT_EQ(shopperOf(third), QStringLiteral("ONLY"));
    EXPECT_NE(shopperOf(first).isEmpty(), shopperOf(second).isEmpty());
    const qint64 unassigned = shopperOf(first).isEmpty() ? first : second;
    EXPECT_EQ(explain(unassigned).binding, AssignmentRule::None) << "the shopper qualifies but is needed for the other visit";
    EXPECT_TRUE(explain(unassigned).text.contains(QStringLiteral("needed for other visits"))) << explain(unassigned).text.toStdString();

    solve(R"({"lockout":{"days":10}})");
    EXPECT_EQ(result.assignedCount(), 3) << "15 days apart is enough for a 10-day lockout";
    solve(R"({"lockout":{"same_brand":true}})");
    EXPECT_EQ(result.assignedCount(), 1) << "B1 and B2 are both Nordbank";
    solve(R"({"lockout":{"days":0,"waves":0}})");
    EXPECT_EQ(result.assignedCount(), 3);
}

TEST_F(AssignmentBehaviour, ProfileConflictAvailabilityAndCapacityAreNamedWhenTheyBind)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 scenario = scene.scenario(QStringLiteral("CAR_LOAN"), 30, 25);
    const qint64 shopper = scene.shopper(QStringLiteral("ONLY"), kLatitude + 0.01, kLongitude, 1, 1);
    const qint64 visit = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-07"));

    scene.exec(QStringLiteral("INSERT INTO scenario_requirement VALUES (?, 'tag', 'has-car')"), {scenario});
    solve();
    EXPECT_EQ(explain(visit).binding, AssignmentRule::Profile);
    EXPECT_TRUE(explain(visit).text.contains(QStringLiteral("No active shopper fits the profile “has-car”"))) << explain(visit).text.toStdString();
    scene.exec(QStringLiteral("INSERT INTO shopper_tag VALUES (?, 'has-car')"), {shopper});

    scene.exec(QStringLiteral("INSERT INTO shopper_conflict (shopper_id, brand) VALUES (?, 'Nordbank')"), {shopper});
    solve();
    EXPECT_EQ(explain(visit).binding, AssignmentRule::Conflict);
    EXPECT_TRUE(session->checkChoice(session->visitIndex(visit), 0).refusals.front().text.contains(QStringLiteral("the brand Nordbank")));
    scene.exec(QStringLiteral("DELETE FROM shopper_conflict"));

    scene.exec(QStringLiteral("INSERT INTO shopper_unavailable VALUES (?, '2026-12-06', '2026-12-09')"), {shopper});
    solve();
    EXPECT_EQ(explain(visit).binding, AssignmentRule::Availability);
    solve(R"({"hard":{"availability":false}})");
    EXPECT_EQ(shopperOf(visit), QStringLiteral("ONLY")) << "a hard rule that is switched off";
    scene.exec(QStringLiteral("DELETE FROM shopper_unavailable"));

    const qint64 other = scene.location(QStringLiteral("B2"), kLatitude, kLongitude + 0.1);
    scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-02"), shopper, QStringLiteral("accepted"));
    solve();
    EXPECT_EQ(explain(visit).binding, AssignmentRule::Capacity) << "one visit a wave, and it is taken";
    solve(R"({"hard":{"capacity_per_wave":false}})");
    EXPECT_EQ(shopperOf(visit), QStringLiteral("ONLY"));
}

TEST_F(AssignmentBehaviour, CostsSpreadWorkPreferRatedShoppersAndCountTheSameCityWithoutCoordinates)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 scenario = scene.scenario(QStringLiteral("MORTGAGE"), 35, 25); // demanding: 25 minutes
    const qint64 low = scene.shopper(QStringLiteral("LOW"), kLatitude + 0.02, kLongitude, 4, 2);
    const qint64 high = scene.shopper(QStringLiteral("HIGH"), kLatitude + 0.04, kLongitude, 4, 2);
    scene.exec(QStringLiteral("UPDATE shopper SET rating = 2.5 WHERE id = ?"), {low});
    const qint64 visit = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-07"));
    solve();
    // LOW is 2.2 km nearer but 1.5 rating points (15 cost points) below the preferred 4.0.
    EXPECT_EQ(shopperOf(visit), QStringLiteral("HIGH"));
    const ChoiceCheck choice = session->checkChoice(session->visitIndex(visit), session->shopperIndex(low));
    EXPECT_TRUE(choice.allowed());
    EXPECT_EQ(choice.cost.rating, 1500);
    ASSERT_GE(choice.warnings.size(), 2);
    EXPECT_TRUE(choice.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("LOW is rated 2.5, below the 4.0 preferred")));
    EXPECT_TRUE(choice.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("1 shopper(s) would cost less; the cheapest is HIGH")));
    const auto ranked = session->candidates(session->visitIndex(visit), 10);
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].shopper, session->shopperIndex(high));
    EXPECT_LE(ranked[0].cost.total(), ranked[1].cost.total());

    // Two visits on two days: the workload term gives each shopper one.
    scene.exec(QStringLiteral("UPDATE shopper SET rating = 4.5"));
    const qint64 later = scene.visit(QStringLiteral("W2"), scene.location(QStringLiteral("B2"), kLatitude, kLongitude), scenario,
                                     QStringLiteral("2026-12-08"));
    solve();
    EXPECT_NE(shopperOf(visit), shopperOf(later));
    solve(R"({"costs":{"workload":0}})");
    EXPECT_EQ(shopperOf(visit), shopperOf(later)) << "without the workload term the nearer shopper takes both";

    // No coordinates: the same city counts as same_city_km away ("Rīga" and "Riga" are one city).
    scene.exec(QStringLiteral("UPDATE location SET latitude = NULL, longitude = NULL WHERE id = ?"), {branch});
    scene.exec(QStringLiteral("UPDATE shopper SET home_city = 'Riga'"));
    solve(R"({"distance":{"same_city_km":7}})");
    const VisitExplanation why = explain(visit);
    ASSERT_GE(why.shopper, 0);
    EXPECT_DOUBLE_EQ(why.cost.km, 7.0);
    scene.exec(QStringLiteral("UPDATE shopper SET home_city = 'Jūrmala'"));
    solve();
    EXPECT_EQ(explain(visit).binding, AssignmentRule::Distance);
    EXPECT_TRUE(explain(visit).text.contains(QStringLiteral("without coordinates only the same city counts"))) << explain(visit).text.toStdString();
}

TEST_F(AssignmentBehaviour, ManualChoicesCountTheFileOrAProposalAndNeverTheVisitItself)
{
    const qint64 branch = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 other = scene.location(QStringLiteral("B2"), kLatitude, kLongitude + 0.05);
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    const qint64 near = scene.shopper(QStringLiteral("NEAR"), kLatitude + 0.01, kLongitude, 1, 1);
    scene.shopper(QStringLiteral("FARTHER"), kLatitude + 0.2, kLongitude, 3, 2);
    // NEAR holds B1's visit by hand: their one visit of the wave.
    const qint64 held = scene.visit(QStringLiteral("W2"), branch, scenario, QStringLiteral("2026-12-05"), near, QString(), QStringLiteral("manual"));
    const qint64 open = scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-06"));
    solve();
    const int heldVisit = session->visitIndex(held);
    const int nearShopper = session->shopperIndex(near);
    // Checking the visit NEAR holds: their own visit neither fills their capacity nor locks them out.
    EXPECT_TRUE(session->checkChoice(heldVisit, nearShopper).allowed());
    const auto forHeld = session->candidates(heldVisit, 10);
    ASSERT_EQ(forHeld.size(), 2u);
    EXPECT_EQ(forHeld.front().shopper, nearShopper);
    EXPECT_EQ(forHeld.front().cost.workload, 0);
    // The other visit: NEAR is full.
    const ChoiceCheck full = session->checkChoice(session->visitIndex(open), nearShopper);
    ASSERT_FALSE(full.allowed());
    EXPECT_EQ(full.refusals.front().rule, AssignmentRule::Capacity);
    EXPECT_TRUE(full.refusals.front().text.contains(QStringLiteral("NEAR would have 2 visits in this wave; the limit is 1")))
        << full.refusals.front().text.toStdString();
    const auto forOpen = session->candidates(session->visitIndex(open), 10);
    ASSERT_EQ(forOpen.size(), 1u);
    EXPECT_EQ(session->problem().shoppers[size_t(forOpen.front().shopper)].code, QStringLiteral("FARTHER"));
    // With the proposal counted, FARTHER already has the open visit: a second one warns of the workload.
    const qint64 third = scene.visit(QStringLiteral("W2"), other, scenario, QStringLiteral("2026-12-20"));
    solve(R"({"lockout":{"days":10}})");
    ASSERT_EQ(shopperOf(open), QStringLiteral("FARTHER"));
    ASSERT_EQ(shopperOf(third), QStringLiteral("FARTHER"));
    const ChoiceCheck again = session->checkChoice(session->visitIndex(third), session->shopperIndex(
        scalar(scene.path(), QStringLiteral("SELECT id FROM shopper WHERE code = 'FARTHER'")).toLongLong()), &result);
    EXPECT_TRUE(again.allowed());
    EXPECT_EQ(again.cost.workload, 500) << "the second visit of the wave";
    EXPECT_TRUE(again.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("FARTHER already has 1 visit(s) in this wave")))
        << again.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AssignmentBehaviour, TheFileIsExplainedAsItIsAndASwapCountsEachShopperWithoutTheVisitHandedOver)
{
    const qint64 south = scene.location(QStringLiteral("B1"), kLatitude, kLongitude);
    const qint64 north = scene.location(QStringLiteral("B2"), kLatitude + 0.3, kLongitude); // 33 km apart
    const qint64 remote = scene.location(QStringLiteral("B3"), kLatitude + 1.0, kLongitude); // 111 km from B1
    const qint64 scenario = scene.scenario(QStringLiteral("ADVICE"), 20);
    const qint64 nearSouth = scene.shopper(QStringLiteral("SOUTH"), kLatitude + 0.01, kLongitude, 1, 1);
    const qint64 nearNorth = scene.shopper(QStringLiteral("NORTH"), kLatitude + 0.31, kLongitude, 1, 1);
    const qint64 faraway = scene.shopper(QStringLiteral("FARAWAY"), kLatitude + 1.01, kLongitude, 1, 1);
    scene.shopper(QStringLiteral("SPARE"), kLatitude + 0.29, kLongitude, 3, 2);
    const qint64 inSouth = scene.visit(QStringLiteral("W2"), south, scenario, QStringLiteral("2026-12-05"), nearSouth, QString(),
                                       QStringLiteral("manual"));
    const qint64 inNorth = scene.visit(QStringLiteral("W2"), north, scenario, QStringLiteral("2026-12-06"), nearNorth, QString(),
                                       QStringLiteral("manual"));
    const qint64 inRemote = scene.visit(QStringLiteral("W2"), remote, scenario, QStringLiteral("2026-12-07"), faraway, QString(),
                                        QStringLiteral("manual"));
    const qint64 open = scene.visit(QStringLiteral("W2"), north, scenario, QStringLiteral("2026-12-20"));
    QString error;
    session = AssignmentSession::load(scene.project()->database(), scene.wave(QStringLiteral("W2")), &error);
    ASSERT_TRUE(session) << error.toStdString();

    // Both have one visit a wave: a plain choice is refused, the exchange is not.
    EXPECT_FALSE(session->checkChoice(session->visitIndex(inSouth), session->shopperIndex(nearNorth)).allowed());
    const auto [southToNorth, northToSouth] = session->checkSwap(session->visitIndex(inSouth), session->visitIndex(inNorth));
    EXPECT_TRUE(southToNorth.allowed()) << (southToNorth.refusals.empty() ? std::string() : southToNorth.refusals.front().text.toStdString());
    EXPECT_TRUE(northToSouth.allowed());
    EXPECT_NEAR(southToNorth.cost.km, GreatCircle::haversineKm(kLatitude, kLongitude, kLatitude + 0.31, kLongitude), 0.01);
    // FARAWAY lives 111 km from B1, SOUTH as far from B3: both sides refused for the distance.
    const auto [toFaraway, toSouth] = session->checkSwap(session->visitIndex(inSouth), session->visitIndex(inRemote));
    ASSERT_FALSE(toFaraway.allowed());
    EXPECT_EQ(toFaraway.refusals.front().rule, AssignmentRule::Distance);
    ASSERT_FALSE(toSouth.allowed());
    EXPECT_EQ(toSouth.refusals.front().rule, AssignmentRule::Distance);

    const VisitExplanation held = session->explainInFile(session->visitIndex(inSouth));
    EXPECT_EQ(session->problem().shoppers[size_t(held.shopper)].code, QStringLiteral("SOUTH"));
    EXPECT_TRUE(held.brokenRules.isEmpty());
    EXPECT_EQ(held.rank, 1);
    EXPECT_TRUE(held.text.startsWith(QStringLiteral("SOUTH, 1.1 km away"))) << held.text.toStdString();
    EXPECT_TRUE(held.text.contains(QStringLiteral("The cheapest of the 2 shopper(s) who may take it"))) << held.text.toStdString();

    // The shopper at B3 was given by hand, then the rules narrowed the distance.
    ASSERT_TRUE(Command::setAssignmentRules(scene.project(), *AssignmentRules::fromJson(QByteArray(R"({"distance":{"max_km":5}})"), &error), &error))
        << error.toStdString();
    scene.exec(QStringLiteral("UPDATE shopper SET home_latitude = home_latitude + 0.1 WHERE code = 'FARAWAY'"));
    session = AssignmentSession::load(scene.project()->database(), scene.wave(QStringLiteral("W2")), &error);
    ASSERT_TRUE(session) << error.toStdString();
    const VisitExplanation broken = session->explainInFile(session->visitIndex(inRemote));
    ASSERT_EQ(broken.brokenRules.size(), 1);
    EXPECT_TRUE(broken.text.contains(QStringLiteral("breaks 1 rule(s) now"))) << broken.text.toStdString();

    // Not assigned yet: who may take it, before anyone runs the engine.
    const VisitExplanation waiting = session->explainInFile(session->visitIndex(open));
    EXPECT_EQ(waiting.shopper, -1);
    EXPECT_TRUE(waiting.text.contains(QStringLiteral("the cheapest is SPARE"))) << waiting.text.toStdString();
}
