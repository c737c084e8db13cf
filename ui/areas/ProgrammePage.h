#pragma once

#include "project/ProjectSummary.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class Project;
class QCheckBox;
class QComboBox;
class QFontComboBox;
class QPushButton;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The first screen of an open programme: its settings (edited through the undo stack) and what
// the file holds. The counts scan millions of answers on a large file, so they are read on a
// worker thread with its own connection and appear when ready.
class ProgrammePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammePage(QWidget* parent = nullptr);
    ~ProgrammePage() override;

    void setProject(Project* project);
    // Re-reads the settings (after an edit, undo or redo) and the counts.
    void reload();
    // True from the start of a read until its counts are shown (not only while the thread runs).
    bool isSummaryLoading() const { return m_summaryPending; }

    QLineEdit* clientEdit() const { return m_client; }
    QLineEdit* programmeEdit() const { return m_programme; }
    QDoubleSpinBox* targetEdit() const { return m_target; }
    QLabel* countsLabel() const { return m_counts; }

signals:
    void summaryLoaded();

private:
    void loadSettings();
    void loadSummary();
    void showSummary(const std::optional<ProjectSummary>& summary);
    void edit(int field, const QVariant& value);

    Project* m_project = nullptr;
    bool m_loading = false;
    QLabel* m_heading;
    QLineEdit* m_client;
    QLineEdit* m_programme;
    QDoubleSpinBox* m_target;
    QSpinBox* m_smallBase;
    QSpinBox* m_lockout;
    QCheckBox* m_staffNames;
    QComboBox* m_reportLanguage;
    QFontComboBox* m_chartFont;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    void chooseLogo();
    QLabel* m_languages;
    QLabel* m_counts;
    QFutureWatcher<std::optional<ProjectSummary>> m_watcher;
    int m_generation = 0;
    bool m_summaryPending = false;
};
