#include "assignment/AssignmentRules.h"
#include "commands/AssignmentCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "support/AssignmentScene.h"
#include "support/TestProject.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

TEST(AssignmentRules, ReadsWritesAndNamesTheFieldOfAProblem)
{
    QString error;
    const auto rules = AssignmentRules::fromJson(QByteArrayLiteral(R"({"distance":{"max_km":60,"remote_max_km":null},
        "lockout":{"days":90,"waves":1,"same_brand":true},"costs":{"workload":2.5},"rating":{"demanding_scenarios":["MORTGAGE"]},
        "hard":{"capacity_per_day":false}})"),
                                                 &error);
    ASSERT_TRUE(rules) << error.toStdString();
    EXPECT_EQ(rules->maxKm, 60.0);
    EXPECT_FALSE(rules->remoteMaxKm);
    EXPECT_EQ(rules->lockoutDays, 90);
    EXPECT_EQ(rules->lockoutWaves, 1);
    EXPECT_TRUE(rules->lockoutSameBrand);
    EXPECT_FALSE(rules->lockoutCompetitorGroup) << "a field not named keeps its default";
    EXPECT_DOUBLE_EQ(rules->workloadWeight, 2.5);
    EXPECT_DOUBLE_EQ(rules->travelPerKm, 1.0);
    EXPECT_FALSE(rules->capacityPerDay);
    EXPECT_EQ(rules->demandingScenarios, QStringList{QStringLiteral("MORTGAGE")});
    const auto again = AssignmentRules::fromJson(rules->toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_TRUE(*again == *rules) << "a round trip keeps every rule";

    const auto noLimit = AssignmentRules::fromJson(QByteArrayLiteral(R"({"distance":{"max_km":null}})"), &error);
    ASSERT_TRUE(noLimit);
    EXPECT_FALSE(noLimit->maxKm) << "null: no distance limit";
    EXPECT_FALSE(AssignmentRules().lockoutDays) << "by default the lockout follows the programme's setting";

    struct Bad
    {
        const char* json;
        const char* message;
    };
    for (const Bad& bad : {Bad{R"({"distance":{"max_km":-5}})", "distance.max_km: must be a number above 0"},
                           Bad{R"({"distance":{"max_kms":5}})", "distance.max_kms: unknown setting"},
                           Bad{R"({"distance":{"in_person_channels":["visit","shop"]}})", "distance.in_person_channels: unknown channel “shop”"},
                           Bad{R"({"lockout":{"days":1.5}})", "lockout.days: must be a whole number from 0 to 3650"},
                           Bad{R"({"lockout":{"same_brand":"yes"}})", "lockout.same_brand: must be true or false"},
                           Bad{R"({"costs":{"travel_per_km":"1"}})", "costs.travel_per_km: must be a number from 0 to 10000"},
                           Bad{R"({"rating":{"preferred":6}})", "rating.preferred: must be a number from 0 to 5"},
                           Bad{R"({"search":{"candidates_per_visit":0}})", "search.candidates_per_visit: must be a whole number from 1"},
                           Bad{R"({"lockouts":{}})", "lockouts: unknown setting"},
                           Bad{R"({"hard":[]})", "hard: must be an object"},
                           Bad{R"({"distance":)", "not valid JSON"},
                           Bad{R"([1,2])", "the rules must be a JSON object"}}) {
        error.clear();
        EXPECT_FALSE(AssignmentRules::fromJson(QByteArray(bad.json), &error)) << bad.json;
        EXPECT_TRUE(error.contains(QString::fromUtf8(bad.message))) << bad.json << " → " << error.toStdString();
    }
}

TEST(AssignmentRules, StoredPerProgrammeAsOneUndoStep)
{
    TestFolder folder;
    AssignmentScene scene(folder.path(QStringLiteral("rules.shopscope")));
    Project* project = scene.project();
    QString error;
    bool stored = true;
    auto rules = AssignmentRules::forProgramme(project->database(), &stored, &error);
    ASSERT_TRUE(rules);
    EXPECT_FALSE(stored);
    EXPECT_EQ(rules->effectiveLockoutDays(project->database()), 60) << "the programme's lockout_days";
    scene.exec(QStringLiteral("UPDATE programme SET lockout_days = 45"));
    EXPECT_EQ(rules->effectiveLockoutDays(project->database()), 45);

    rules->maxKm = 25;
    rules->lockoutDays = 30;
    ASSERT_TRUE(Command::setAssignmentRules(project, *rules, &error)) << error.toStdString();
    auto back = AssignmentRules::forProgramme(project->database(), &stored, &error);
    ASSERT_TRUE(back);
    EXPECT_TRUE(stored);
    EXPECT_EQ(back->maxKm, 25.0);
    EXPECT_EQ(back->effectiveLockoutDays(project->database()), 30) << "the rules' own lockout wins";
    EXPECT_FALSE(Command::setAssignmentRules(project, *rules, &error)) << "an edit that changes nothing is not a step";
    EXPECT_EQ(project->undoStack()->count(), 1);

    ASSERT_TRUE(project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_TRUE(AssignmentRules::storedJson(project->database()).isEmpty());
    ASSERT_TRUE(project->undoStack()->redo(&error)) << error.toStdString();
    EXPECT_EQ(AssignmentRules::forProgramme(project->database(), nullptr, &error)->maxKm, 25.0);
    ASSERT_TRUE(Command::setAssignmentRules(project, std::nullopt, &error)) << error.toStdString();
    EXPECT_TRUE(AssignmentRules::storedJson(project->database()).isEmpty()) << "reset: back to the defaults";
    ASSERT_TRUE(project->undoStack()->undo(&error));
    EXPECT_EQ(AssignmentRules::forProgramme(project->database(), nullptr, &error)->lockoutDays, 30);

    scene.exec(QStringLiteral("UPDATE assignment_rule SET rule = '{\"distance\":{\"max_km\":\"far\"}}'"));
    EXPECT_FALSE(AssignmentRules::forProgramme(project->database(), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("distance.max_km"))) << error.toStdString();
}
