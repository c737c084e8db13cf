#pragma once

#include "io/CsvTable.h"
#include "planning/LocationImport.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class Project;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// Importing locations from a client's CSV: what was detected (encoding, delimiter, decimal
// comma) with a way to correct it, which column holds which field (guessed, remembered per
// header), a preview, and the dry run's problems by line and column, before anything is written.
class LocationImportDialog : public QDialog
{
    Q_OBJECT

public:
    LocationImportDialog(Project* project, const QString& path, QWidget* parent = nullptr);

    bool isReadable() const { return m_bytes.has_value(); }
    QString readProblem() const { return m_readProblem; }
    const LocationImport::Plan& plan() const { return m_plan; }
    bool validRowsOnly() const { return m_validRowsOnly; }

    QComboBox* encodingCombo() const { return m_encoding; }
    QTableWidget* mappingTable() const { return m_mapping; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* validRowsButton() const { return m_validRows; }

private:
    void reread();
    void replan();
    void rememberMapping() const;
    LocationImport::Mapping currentMapping() const;
    QWidget* progressParent();

    Project* m_project;
    QString m_path;
    std::optional<QByteArray> m_bytes;
    QString m_readProblem;
    std::optional<CsvTable> m_table;
    QList<CsvProblem> m_readProblems;
    LocationImport::Plan m_plan;
    bool m_validRowsOnly = false;
    bool m_loading = false;

    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_decimalComma;
    QCheckBox* m_knownRegionsOnly;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_validRows;
};
