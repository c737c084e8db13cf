#pragma once

#include "commands/GenerateVisitsCommand.h"
#include "planning/PlanProposal.h"

#include <QDialog>
#include <QMap>

#include <optional>

class Project;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

// Generate the visits of one wave: the plan rules on the left, the proposal and its quota
// check on the right. The proposal is computed off the GUI thread; writing it is one undo step.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Project* project, qint64 waveId, QWidget* parent = nullptr);

    // The rules as the form shows them; nothing (with the reason) when a field is wrong.
    std::optional<PlanRules> rules(QString* problem) const;
    void setRules(const PlanRules& rules);
    // Computes the proposal in the background; previewReady() follows.
    void preview();
    bool hasProposal() const { return m_proposal.has_value(); }
    const std::optional<PlanProposal>& proposal() const { return m_proposal; }
    QString problem() const;
    QStandardItemModel* checkModel() const { return m_checks; }
    QComboBox* scopeChooser() const { return m_scope; }
    QSpinBox* weekdayQuota(int weekday) const { return m_weekdays.value(weekday); }
    QSpinBox* channelCount(const QString& channel) const { return m_channelCounts.value(channel); }

signals:
    void previewReady();

private:
    void buildForm();
    void rulesEdited();
    void showProposal();
    void showChecks();
    void generate();

    Project* m_project;
    qint64 m_waveId;
    QString m_waveCode;

    QListWidget* m_channels;
    QListWidget* m_regions;
    QComboBox* m_competitors;
    QCheckBox* m_activeOnly;
    QComboBox* m_countMode;
    QStackedWidget* m_countPages;
    QMap<QString, QSpinBox*> m_channelCounts;
    QSpinBox* m_staffPerVisit;
    QSpinBox* m_minCount;
    QSpinBox* m_maxCount;
    QLineEdit* m_sizeCounts;
    QSpinBox* m_defaultSizeCount;
    QComboBox* m_allocation;
    QListWidget* m_scenarios;
    QMap<int, QSpinBox*> m_weekdays;
    QMap<QString, QSpinBox*> m_dayparts;
    QCheckBox* m_evenWeeks;
    QSpinBox* m_seed;
    QComboBox* m_store;

    QLabel* m_summary;
    QComboBox* m_scope;
    QTableView* m_checkView;
    QStandardItemModel* m_checks;
    QDialogButtonBox* m_buttons;
    QPushButton* m_generate;
    std::optional<PlanProposal> m_proposal;
    QString m_problem;
    bool m_running = false;
};
