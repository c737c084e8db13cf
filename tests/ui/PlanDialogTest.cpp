#include "commands/UndoStack.h"
#include "planning/PlanDialog.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

namespace {
QString visitsOf(const QSqlDatabase& db, const QString& wave)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT group_concat(v.id || ':' || v.planned_date || ':' || ifnull(v.daypart, ''), ',') "
                                 "FROM (SELECT * FROM visit ORDER BY id) v JOIN wave w ON w.id = v.wave_id WHERE w.code = ?"));
    query.addBindValue(wave);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The check model row of a quota in the shown scope.
QList<QString> row(const QStandardItemModel* model, const QString& quota)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == quota)
            return {model->index(r, 1).data().toString(), model->index(r, 2).data().toString(), model->index(r, 3).data().toString()};
    return {};
}
} // namespace

TEST(PlanDialog, PreviewShowsTheQuotaCheckAndGenerateIsOneUndoStep)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    QString message;
    const qint64 wave = *WaveLookup::find(project->database(), QStringLiteral("W2026-12"), &message);
    const QString before = visitsOf(project->database(), QStringLiteral("W2026-12"));

    PlanDialog dialog(project.get(), wave);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasProposal(), 10000); // the first preview runs on opening

    dialog.channelCount(QStringLiteral("visit"))->setValue(3);
    dialog.weekdayQuota(6)->setValue(30);
    EXPECT_FALSE(dialog.hasProposal()) << "an edited rule makes the preview stale";
    dialog.preview();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasProposal(), 10000);
    const PlanProposal& proposal = *dialog.proposal();
    const QList<QString> saturday = row(dialog.checkModel(), QLocale().dayName(6, QLocale::LongFormat));
    ASSERT_EQ(saturday.size(), 3);
    EXPECT_EQ(saturday[0], QLocale().toString(0.3 * proposal.totalVisits(), 'f', 1)) << "asked is 30 % of the visits";
    EXPECT_TRUE(saturday[2].contains(QStringLiteral("yes")));
    EXPECT_GT(dialog.scopeChooser()->count(), 3) << "the check is there per region and per scenario too";
    if (qEnvironmentVariableIsSet("SHOPSCOPE_SCREENSHOTS")) // to look at the dialog: a PNG per run
        dialog.grab().save(qEnvironmentVariable("SHOPSCOPE_SCREENSHOTS") + QStringLiteral("/plan-dialog.png"));

    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QPushButton* generate = nullptr;
    for (QAbstractButton* button : buttons->buttons())
        if (button->text() == QStringLiteral("Generate"))
            generate = qobject_cast<QPushButton*>(button);
    ASSERT_TRUE(generate && generate->isEnabled());
    generate->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery count(project->database());
    count.exec(QStringLiteral("SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-12'"));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), proposal.totalVisits());
    const QString undoText = project->undoStack()->undoText();
    EXPECT_TRUE(undoText.startsWith(QStringLiteral("Generate %1 visit").arg(proposal.visits.size())) && undoText.endsWith(QStringLiteral("W2026-12")))
        << undoText.toStdString();
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(visitsOf(project->database(), QStringLiteral("W2026-12")), before);
}

TEST(PlanDialog, AnImpossibleQuotaIsExplainedAndCannotBeGenerated)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    QString message;
    PlanDialog dialog(project.get(), *WaveLookup::find(project->database(), QStringLiteral("W2026-12"), &message));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasProposal(), 10000);
    dialog.weekdayQuota(7)->setValue(60); // branches are closed on Sundays
    dialog.preview();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.problem().isEmpty(), 10000);
    EXPECT_FALSE(dialog.hasProposal());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("allow at most"))) << dialog.problem().toStdString();
    dialog.weekdayQuota(6)->setValue(50); // 110 % in all
    dialog.preview();
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("more than 100 %"))) << dialog.problem().toStdString();
}
