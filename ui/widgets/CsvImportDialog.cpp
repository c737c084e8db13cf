#include "CsvImportDialog.h"

#include "BackgroundJob.h"
#include "io/CsvReader.h"
#include "io/CsvSniffer.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The choices offered when detection guesses wrong; the first is "as detected".
const char* const kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1257", "ISO-8859-13",
                                  "windows-1250", "ISO-8859-1", "CP949"};
constexpr int kPreviewRows = 25;
} // namespace

CsvImportDialog::CsvImportDialog(Project* project, const QString& path, const ImportFieldTable& fields,
                                 const QString& settingsGroup, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_path(path)
    , m_fields(fields)
    , m_settingsGroup(settingsGroup)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_decimalComma(new QCheckBox(tr("Decimal comma in numbers (56,9496)"), this))
    , m_reading(new QFormLayout)
    , m_mapping(new QTableWidget(fields.count(), 2, this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_validRows(new QPushButton(tr("Import the &valid rows only"), this))
{
    resize(1100, 720);
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const char* name : kEncodings)
        m_encoding->addItem(QString::fromLatin1(name), QByteArray(name));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Bar |"), int('|'));
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_summary->setWordWrap(true);

    m_reading->addRow(tr("&Encoding:"), m_encoding);
    m_reading->addRow(tr("&Delimiter:"), m_delimiter);
    m_reading->addRow(QString(), m_decimalComma);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_reading);
    if (fields.count() > 0) {
        leftLayout->addWidget(new QLabel(tr("Which column holds what:"), this));
        leftLayout->addWidget(m_mapping, 1);
    } else {
        // Columns recognised by name (reports): nothing to choose.
        m_mapping->hide();
        leftLayout->addStretch(1);
    }
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("The file (first rows):"), this));
    rightLayout->addWidget(m_preview, 2);
    rightLayout->addWidget(new QLabel(tr("Problems (nothing is written while there are any, unless you import the valid rows only):"), this));
    rightLayout->addWidget(m_problems, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_validRows, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_validRowsOnly = false;
        rememberMapping();
        accept();
    });
    connect(m_validRows, &QPushButton::clicked, this, [this] {
        m_validRowsOnly = true;
        rememberMapping();
        accept();
    });
    connect(m_encoding, &QComboBox::activated, this, &CsvImportDialog::reread);
    connect(m_delimiter, &QComboBox::activated, this, &CsvImportDialog::reread);
    connect(m_decimalComma, &QCheckBox::toggled, this, &CsvImportDialog::recheck);
}

void CsvImportDialog::addOption(QCheckBox* option)
{
    m_reading->addRow(QString(), option);
    connect(option, &QCheckBox::toggled, this, &CsvImportDialog::recheck);
}

QString CsvImportDialog::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void CsvImportDialog::start()
{
    QList<CsvProblem> problems;
    m_bytes = CsvReader().loadFile(m_path, &problems);
    if (!m_bytes) {
        m_readProblem = problems.value(0).toString();
        return;
    }
    reread();
}

void CsvImportDialog::reread()
{
    m_loading = true;
    const QByteArray encoding = m_encoding->currentData().toByteArray();
    CsvDialect dialect = CsvSniffer::sniff(*m_bytes, encoding);
    if (const int delimiter = m_delimiter->currentData().toInt())
        dialect.delimiter = char(delimiter);
    dialect.hasHeader = true; // columns are matched by their names
    m_readProblems.clear();
    // A file of 50,000 rows takes a moment to read: on a worker, the window stays live.
    auto table = std::make_shared<std::optional<CsvTable>>();
    auto readProblems = std::make_shared<QList<CsvProblem>>();
    const auto bytes = m_bytes;
    const QString name = fileName();
    bool cancelled = false;
    BackgroundJob::run(
        progressParent(), tr("Reading %1…").arg(name), false,
        [=](const std::atomic<bool>&, const BackgroundJob::Progress&) {
            *table = CsvReader(dialect).readBytes(*bytes, readProblems.get(), name);
            return ProjectError();
        },
        &cancelled);
    m_table = cancelled ? std::nullopt : *table;
    m_readProblems = cancelled ? QList<CsvProblem>{{CsvProblem::Severity::Fatal, name, 0, 0, tr("Reading %1 was cancelled.").arg(name)}}
                               : *readProblems;
    m_decimalComma->setChecked(m_table ? m_table->dialect.decimalComma : false);
    if (m_encoding->currentIndex() == 0 && m_table)
        m_encoding->setItemText(0, tr("Detect (%1)").arg(QString::fromLatin1(m_table->dialect.encoding)));

    // The mapping: what was chosen for this header before, else guessed from the names.
    const QStringList header = m_table ? m_table->header : QStringList();
    ImportFieldTable::Mapping mapping = m_fields.guess(header);
    const QVariantMap remembered = QSettings().value(settingsKey(header)).toMap();
    if (!remembered.isEmpty()) {
        mapping.clear();
        for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
            if (const auto field = m_fields.fromKey(it.key()); field && header.contains(it.value().toString()))
                mapping.insert(*field, header.indexOf(it.value().toString()));
    }
    for (int f = 0; f < m_fields.count(); ++f) {
        auto* label = new QTableWidgetItem(fieldLabel(f) + (isRequired(f) ? QStringLiteral(" *") : QString()));
        label->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(f, 0, label);
        auto* column = new QComboBox(m_mapping);
        column->addItem(tr("— not imported —"), -1);
        for (qsizetype c = 0; c < header.size(); ++c)
            column->addItem(header[c], int(c));
        column->setCurrentIndex(std::max(0, column->findData(int(mapping.value(f, -1)))));
        connect(column, &QComboBox::activated, this, &CsvImportDialog::recheck);
        m_mapping->setCellWidget(f, 1, column);
    }
    m_mapping->resizeColumnToContents(0);

    // The first rows as read, so the user sees the letters came out right.
    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    const int rows = m_table ? int(std::min<qsizetype>(m_table->rows.size(), kPreviewRows)) : 0;
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < m_table->rows[r].size(); ++c)
            m_preview->setItem(r, int(c), new QTableWidgetItem(m_table->rows[r][c]));
    m_preview->resizeColumnsToContents();
    m_loading = false;
    recheck();
}

QString CsvImportDialog::settingsKey(const QStringList& header) const
{
    // Keyed by the file's header, so the next file of the same shape maps itself.
    const QByteArray hash = QCryptographicHash::hash(header.join(QLatin1Char('\x1f')).toUtf8(), QCryptographicHash::Sha1);
    return m_settingsGroup + QStringLiteral("/mapping/") + QString::fromLatin1(hash.toHex().left(16));
}

QWidget* CsvImportDialog::progressParent()
{
    // While the dialog is being built the window it will cover shows the progress.
    return isVisible() || !parentWidget() ? this : parentWidget();
}

ImportFieldTable::Mapping CsvImportDialog::currentMapping() const
{
    ImportFieldTable::Mapping mapping;
    for (int f = 0; f < m_fields.count(); ++f)
        if (auto* column = qobject_cast<QComboBox*>(m_mapping->cellWidget(f, 1)); column && column->currentData().toInt() >= 0)
            mapping.insert(f, column->currentData().toInt());
    return mapping;
}

void CsvImportDialog::recheck()
{
    if (m_loading)
        return;
    m_problems->clear();
    QList<CsvProblem> problems = m_readProblems;
    bool hasRows = false;
    if (m_table) {
        // Checking every row against the programme reads what it holds: on a worker with a
        // connection of its own.
        const Check checkTable = check(*m_table, currentMapping(), m_decimalComma->isChecked());
        auto checked = std::make_shared<Checked>();
        const QString path = m_project->filePath();
        const QString name = fileName();
        bool cancelled = false;
        const ProjectError failure = BackgroundJob::run(
            progressParent(), tr("Checking %1…").arg(name), false,
            [=](const std::atomic<bool>&, const BackgroundJob::Progress&) {
                ProjectConnection connection;
                ProjectError error;
                if (!connection.open(path, true, &error))
                    return error;
                *checked = checkTable(connection.database());
                return ProjectError();
            },
            &cancelled);
        keepChecked(!failure && !cancelled);
        if (failure || cancelled)
            problems << CsvProblem{CsvProblem::Severity::Fatal, name, 0, 0,
                                   failure ? failure.message : tr("The check of %1 was cancelled.").arg(name)};
        else
            hasRows = checked->hasRows;
        problems += checked->problems;
    } else {
        keepChecked(false);
    }
    for (const CsvProblem& problem : problems) {
        auto* item = new QListWidgetItem(problem.message, m_problems);
        item->setToolTip(problem.message); // a long message is cut at the list's edge
        item->setForeground(problem.severity == CsvProblem::Severity::Warning ? QColor(138, 75, 0) : QColor(176, 0, 32));
    }
    const bool fatal = !m_table || CsvProblem::any(problems, CsvProblem::Severity::Fatal);
    const bool errors = fatal || CsvProblem::any(problems, CsvProblem::Severity::Error);
    m_summary->setText(summary(int(problems.size())));
    m_import->setEnabled(!errors && hasRows);
    m_validRows->setVisible(errors && !fatal);
    m_validRows->setEnabled(errors && !fatal && hasRows);
}

void CsvImportDialog::rememberMapping() const
{
    if (!m_table)
        return;
    QVariantMap remembered;
    const ImportFieldTable::Mapping mapping = currentMapping();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        remembered.insert(m_fields.key(it.key()), m_table->header.value(it.value()));
    QSettings().setValue(settingsKey(m_table->header), remembered);
}
