#include "WaveActions.h"

#include "PlanDialog.h"
#include "WaveSeriesDialog.h"
#include "areas/TablePanel.h"
#include "commands/WaveCommands.h"
#include "models/DomainLabels.h"
#include "planning/WaveLookup.h"
#include "planning/WaveStatusRules.h"
#include "project/Project.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDate>
#include <QMainWindow>
#include <QMenu>
#include <QSqlQuery>
#include <QStatusBar>

WaveActions::WaveActions(QMainWindow* window, TablePanel* waves, std::function<Project*()> project)
    : TableActions(window, waves, std::move(project))
{
    addAction(tr("New waves…"), [this] { newWaves(); });
    auto* status = new QAction(tr("Set status"), this);
    auto* menu = new QMenu(window);
    for (const QString& code : WaveStatusRules::statuses())
        menu->addAction(DomainLabels::label(DomainLabels::WaveStatus, code), this, [this, code] { setStatus(code); });
    status->setMenu(menu);
    waves->addTableAction(status);
    addAction(tr("Generate visits…"), [this] { generateVisits(); });
}

void WaveActions::generateVisits()
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Generate visits"), tr("Select a wave first."));
        return;
    }
    QString error;
    const auto waveId = WaveLookup::find(project->database(), code, &error);
    if (!waveId) {
        MessageBox::warning(m_window, tr("Generate visits"), error);
        return;
    }
    PlanDialog dialog(project, *waveId, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.proposal())
        m_window->statusBar()->showMessage(tr("Generated %n visit(s) for %1", nullptr, int(dialog.proposal()->visits.size())).arg(code),
                                           8000);
}

void WaveActions::newWaves()
{
    Project* project = writableProject();
    if (!project)
        return;
    WaveSeriesDialog dialog(m_window);
    // Continue after the last wave there is.
    QSqlQuery last(QStringLiteral("SELECT max(ends_on) FROM wave"), project->database());
    if (last.next() && !last.value(0).isNull())
        dialog.setStart(QDate::fromString(last.value(0).toString(), Qt::ISODate).addDays(1));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!Command::addWaves(project, dialog.waves(), &error))
        MessageBox::warning(m_window, tr("No waves created"), error);
}

void WaveActions::setStatus(const QString& status)
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Set status"), tr("Select a wave first."));
        return;
    }
    QString error;
    if (!Command::setWaveStatus(project, code, status, &error))
        MessageBox::warning(m_window, tr("Status not changed"), error);
}
