#include "commands/UndoStack.h"
#include "commands/VisitCommands.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// Fieldwork by hand on a copy of the demo programme: every change is one undo step with a
// history event, refused changes change nothing.

namespace {

class VisitCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    qint64 visitWith(const QString& where) const
    {
        return scalar(m_file, QStringLiteral("SELECT min(id) FROM visit WHERE ") + where).toLongLong();
    }
    // The visit's fieldwork state: status, shopper, by, locked.
    QString state(qint64 visit) const
    {
        return scalar(m_file, QStringLiteral("SELECT status || '|' || ifnull((SELECT code FROM shopper WHERE id = shopper_id), '-') "
                                             "|| '|' || ifnull(assigned_by, '-') || '|' || locked FROM visit WHERE id = %1")
                                  .arg(visit))
            .toString();
    }
    QString everything() const
    {
        return scalar(m_file, QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-') || ifnull(assigned_by, '-') "
                                             "|| locked, ';') FROM visit"))
                   .toString()
               + scalar(m_file, QStringLiteral("SELECT group_concat(id || visit_id || at || status || note, ';') FROM visit_event"))
                     .toString();
    }
    int events(qint64 visit) const
    {
        return scalar(m_file, QStringLiteral("SELECT count(*) FROM visit_event WHERE visit_id = %1").arg(visit)).toInt();
    }
    QString shopperOf(qint64 visit) const
    {
        return scalar(m_file, QStringLiteral("SELECT code FROM shopper WHERE id = (SELECT shopper_id FROM visit WHERE id = %1)").arg(visit))
            .toString();
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
};

} // namespace

TEST_F(VisitCommandsTest, AcceptThenBackToThePoolWithHistoryAndUndo)
{
    const qint64 visit = visitWith(QStringLiteral("status = 'assigned' AND locked = 0"));
    ASSERT_GT(visit, 0);
    const QString shopper = shopperOf(visit);
    const int eventsBefore = events(visit);
    const QString before = everything();
    QString error;
    ASSERT_TRUE(Command::changeVisits(m_project.get(), {visit}, VisitAction::Accept, QStringLiteral("phoned on Monday"), &error))
        << error.toStdString();
    EXPECT_EQ(state(visit), QStringLiteral("accepted|%1|auto|0").arg(shopper));
    EXPECT_EQ(events(visit), eventsBefore + 1);
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT note FROM visit_event WHERE visit_id = %1 ORDER BY id DESC").arg(visit)).toString(),
              QStringLiteral("phoned on Monday"));

    ASSERT_TRUE(Command::changeVisits(m_project.get(), {visit}, VisitAction::ReturnToPool, QStringLiteral("Ilze is ill"), &error));
    EXPECT_EQ(state(visit), QStringLiteral("planned|-|-|0"));
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Back to the pool (shopper dropped out): visit %1").arg(visit));

    const QString afterBoth = everything();
    ASSERT_TRUE(m_project->undoStack()->undo());
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(everything(), before);
    ASSERT_TRUE(m_project->undoStack()->redo());
    ASSERT_TRUE(m_project->undoStack()->redo());
    EXPECT_EQ(everything(), afterBoth) << "redo writes the very same rows, event ids and times included";
}

TEST_F(VisitCommandsTest, AnActionThatDoesNotFitOneVisitChangesNone)
{
    const qint64 assigned = visitWith(QStringLiteral("status = 'assigned'"));
    const qint64 done = visitWith(QStringLiteral("status = 'done'"));
    ASSERT_GT(done, 0);
    const QString before = everything();
    QString error;
    EXPECT_FALSE(Command::changeVisits(m_project.get(), {assigned, done}, VisitAction::Accept, {}, &error));
    EXPECT_EQ(error, QStringLiteral("visit %1 is done: only an assigned visit can be accepted").arg(done));
    EXPECT_FALSE(Command::changeVisits(m_project.get(), {visitWith(QStringLiteral("status = 'approved'"))}, VisitAction::Cancel, {}, &error));
    EXPECT_TRUE(error.endsWith(QStringLiteral("a visit that was carried out cannot be cancelled"))) << error.toStdString();
    EXPECT_FALSE(Command::changeVisits(m_project.get(), {visitWith(QStringLiteral("status = 'planned'"))}, VisitAction::Lock, {}, &error));
    EXPECT_TRUE(error.endsWith(QStringLiteral("only a visit with a shopper can be locked"))) << error.toStdString();
    EXPECT_FALSE(Command::changeVisits(m_project.get(), {999999}, VisitAction::Accept, {}, &error));
    EXPECT_EQ(error, QStringLiteral("there is no visit 999999"));
    EXPECT_EQ(everything(), before);
    EXPECT_FALSE(m_project->undoStack()->canUndo());
}

TEST_F(VisitCommandsTest, CancelReinstateAndLock)
{
    const qint64 planned = visitWith(QStringLiteral("status = 'planned'"));
    QString error;
    ASSERT_TRUE(Command::changeVisits(m_project.get(), {planned}, VisitAction::Cancel, QStringLiteral("branch closed"), &error));
    EXPECT_EQ(state(planned), QStringLiteral("cancelled|-|-|0"));
    ASSERT_TRUE(Command::changeVisits(m_project.get(), {planned}, VisitAction::Reinstate, {}, &error)) << error.toStdString();
    EXPECT_EQ(state(planned), QStringLiteral("planned|-|-|0"));

    const qint64 assigned = visitWith(QStringLiteral("status = 'assigned' AND locked = 0"));
    ASSERT_TRUE(Command::changeVisits(m_project.get(), {assigned}, VisitAction::Lock, {}, &error));
    EXPECT_TRUE(state(assigned).endsWith(QStringLiteral("|1"))) << state(assigned).toStdString() << error.toStdString();
    EXPECT_FALSE(Command::changeVisits(m_project.get(), {assigned}, VisitAction::Lock, {}, &error));
    EXPECT_EQ(error, QStringLiteral("visit %1 is locked already").arg(assigned));
}

TEST_F(VisitCommandsTest, AssignAndSwapByHand)
{
    const qint64 planned = visitWith(QStringLiteral("status = 'planned'"));
    const QString someone = scalar(m_file, QStringLiteral("SELECT min(code) FROM shopper WHERE status = 'active'")).toString();
    QString error;
    EXPECT_FALSE(Command::assignVisitByHand(m_project.get(), planned, QStringLiteral("NOBODY"), {}, &error));
    EXPECT_EQ(error, QStringLiteral("there is no shopper NOBODY"));
    ASSERT_TRUE(Command::assignVisitByHand(m_project.get(), planned, someone, QStringLiteral("asked for it"), &error)) << error.toStdString();
    EXPECT_EQ(state(planned), QStringLiteral("assigned|%1|manual|0").arg(someone));
    EXPECT_FALSE(Command::assignVisitByHand(m_project.get(), visitWith(QStringLiteral("status = 'approved'")), someone, {}, &error));
    EXPECT_TRUE(error.endsWith(QStringLiteral("was carried out already; its shopper stays"))) << error.toStdString();

    const qint64 other = visitWith(QStringLiteral("status = 'assigned' AND shopper_id <> (SELECT id FROM shopper WHERE code = '%1')")
                                       .arg(someone));
    const QString otherShopper = shopperOf(other);
    ASSERT_TRUE(Command::swapShoppers(m_project.get(), planned, other, &error)) << error.toStdString();
    EXPECT_EQ(shopperOf(planned), otherShopper);
    EXPECT_EQ(shopperOf(other), someone);
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Swap the shoppers of visits %1 and %2").arg(planned).arg(other));
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(shopperOf(planned), someone);
    EXPECT_FALSE(Command::swapShoppers(m_project.get(), planned, visitWith(QStringLiteral("status = 'planned'")), &error));
}
