#include "commands/ReviewCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

// Approving reports and sending them back, on a copy of the demo programme.

namespace {

class ReviewCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("review.shopscope"));
        ProjectError error;
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    qint64 visitWith(const QString& status, int skip = 0) const
    {
        return scalar(m_file, QStringLiteral("SELECT id FROM visit WHERE status = '%1' ORDER BY id LIMIT 1 OFFSET %2").arg(status).arg(skip))
            .toLongLong();
    }
    QString state() const
    {
        return scalar(m_file, QStringLiteral("SELECT (SELECT group_concat(id || status, ';') FROM visit) || '|' || "
                                             "(SELECT count(*) FROM qc_decision) || '|' || (SELECT count(*) FROM visit_event)"))
            .toString();
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
};

} // namespace

TEST_F(ReviewCommandsTest, ApprovingRecordsTheDecisionAndTheEventAndUndoesExactly)
{
    const qint64 first = visitWith(QStringLiteral("submitted"));
    const qint64 second = visitWith(QStringLiteral("submitted"), 1);
    ASSERT_GT(second, 0);
    const QString before = state();
    QString error;
    ASSERT_TRUE(Command::reviewReports(m_project.get(), {first, second}, ReviewReportsCommand::Decision::Approve, {}, QStringLiteral("Ilze"),
                                       &error))
        << error.toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT group_concat(status) FROM visit WHERE id IN (%1, %2)").arg(first).arg(second)).toString(),
              QStringLiteral("approved,approved"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT d.decision || '/' || d.decided_by FROM qc_decision d JOIN response r ON r.id = d.response_id "
                                            "WHERE r.visit_id = %1 ORDER BY d.id DESC LIMIT 1").arg(first)).toString(),
              QStringLiteral("approved/Ilze"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT status FROM visit_event WHERE visit_id = %1 ORDER BY id DESC LIMIT 1").arg(first)).toString(),
              QStringLiteral("approved"));
    const QString after = state();
    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(state(), before);
    ASSERT_TRUE(m_project->undoStack()->redo(&error)) << error.toStdString();
    EXPECT_EQ(state(), after);
}

TEST_F(ReviewCommandsTest, SendingBackNeedsAReasonAndOnlyFitsSubmittedOrApprovedReports)
{
    const qint64 approved = visitWith(QStringLiteral("approved"));
    const qint64 planned = visitWith(QStringLiteral("planned"));
    const qint64 assigned = visitWith(QStringLiteral("assigned"));
    const QString before = state();
    QString error;
    EXPECT_FALSE(Command::reviewReports(m_project.get(), {approved}, ReviewReportsCommand::Decision::SendBack, QStringLiteral("  "), {}, &error));
    EXPECT_EQ(error, QStringLiteral("a report is sent back with a reason for the shopper"));
    EXPECT_FALSE(Command::reviewReports(m_project.get(), {approved, planned}, ReviewReportsCommand::Decision::SendBack,
                                        QStringLiteral("photos missing"), {}, &error));
    EXPECT_EQ(error, QStringLiteral("visit %1 has no report yet").arg(planned));
    EXPECT_FALSE(Command::reviewReports(m_project.get(), {approved}, ReviewReportsCommand::Decision::Approve, {}, {}, &error));
    EXPECT_EQ(error, QStringLiteral("the report of visit %1 is approved: only a submitted report can be approved").arg(approved));
    EXPECT_FALSE(Command::reviewReports(m_project.get(), {assigned}, ReviewReportsCommand::Decision::Approve, {}, {}, &error));
    EXPECT_EQ(state(), before) << "all or nothing";

    ASSERT_TRUE(Command::reviewReports(m_project.get(), {approved}, ReviewReportsCommand::Decision::SendBack, QStringLiteral(" photos missing "),
                                       {}, &error))
        << error.toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(approved)).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT d.decision || '/' || d.reason FROM qc_decision d JOIN response r ON r.id = d.response_id "
                                            "WHERE r.visit_id = %1 ORDER BY d.id DESC LIMIT 1").arg(approved)).toString(),
              QStringLiteral("sent_back/photos missing"));
}
