#include "project/Project.h"
#include "project/ProjectChecker.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

namespace {
QList<ProjectChecker::Problem> checkFile(const QString& path)
{
    ProjectError error;
    auto project = Project::open(path, Project::Mode::ReadOnly, &error);
    EXPECT_TRUE(project) << error.message.toStdString();
    return project ? ProjectChecker::check(project->database(), {}) : QList<ProjectChecker::Problem>{};
}

QStringList rules(const QList<ProjectChecker::Problem>& problems)
{
    QStringList names;
    for (const auto& problem : problems)
        names << problem.rule;
    return names;
}
} // namespace

TEST(ProjectChecker, DemoProgrammeIsSound)
{
    TestFolder folder;
    const auto problems = checkFile(folder.demoCopy(QStringLiteral("demo.shopscope")));
    EXPECT_TRUE(problems.isEmpty()) << rules(problems).join(QLatin1Char(' ')).toStdString();
}

TEST(ProjectChecker, DanglingRowsAreFound)
{
    TestFolder folder;
    const QString path = folder.demoCopy(QStringLiteral("demo.shopscope"));
    tamper(path, QStringLiteral("DELETE FROM response WHERE id = 5"));
    const auto problems = checkFile(path);
    EXPECT_TRUE(rules(problems).contains(QStringLiteral("foreign-keys"))) << rules(problems).join(QLatin1Char(' ')).toStdString();
}

TEST(ProjectChecker, DomainRulesAreChecked)
{
    TestFolder folder;
    const QString path = folder.demoCopy(QStringLiteral("demo.shopscope"));
    // As another tool would: without ShopScope's triggers, breaking rules the file enforces.
    tamper(path, QStringLiteral("DROP TRIGGER frozen_version_stays_frozen; DROP TRIGGER frozen_section_update; "
                                "UPDATE visit SET status = 'submitted' WHERE id = (SELECT min(id) FROM visit v "
                                "WHERE status = 'accepted'); "
                                "UPDATE questionnaire_version SET status = 'draft'; "
                                "UPDATE section SET weight = 10 WHERE code = 'GRT';"));
    const QStringList found = rules(checkFile(path));
    EXPECT_TRUE(found.contains(QStringLiteral("visit-status-without-report"))) << found.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("version-frozen")));
    EXPECT_TRUE(found.contains(QStringLiteral("section-weights")));
    EXPECT_TRUE(found.contains(QStringLiteral("schema"))) << "the dropped triggers are missed too";
}

TEST(ProjectChecker, AlteredSchemaIsFound)
{
    TestFolder folder;
    const QString path = folder.demoCopy(QStringLiteral("demo.shopscope"));
    tamper(path, QStringLiteral("DROP INDEX visit_by_location; CREATE TABLE scratch (x);"));
    const auto problems = checkFile(path);
    ASSERT_TRUE(rules(problems).contains(QStringLiteral("schema")));
    const QString message = problems.first().message;
    EXPECT_TRUE(message.contains(QStringLiteral("visit_by_location"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("scratch"))) << message.toStdString();
}
