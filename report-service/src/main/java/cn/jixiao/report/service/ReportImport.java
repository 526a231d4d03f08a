package cn.jixiao.report.service;

import java.util.List;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.report.api.ImportView;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.imports.DocxNarrative;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Imports the report a department wrote in Word: its sections are saved as a new narrative version and the report is
 * assembled from them in the same transaction, so that a source being down (503) leaves nothing saved.
 */
@ApplicationScoped
public class ReportImport {

    /** The largest .docx taken: a report of the sample's kind is well under 1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final NarrativeService narratives;
    private final ReportAssembly assembly;

    ReportImport(NarrativeService narratives, ReportAssembly assembly) {
        this.narratives = narratives;
        this.assembly = assembly;
    }

    @Transactional
    public ImportView importDocx(ReportKey key, byte[] docx, String ifMatch, String authorization, String caller) {
        if (docx == null || docx.length == 0) {
            throw ReportRefused.invalid(List.of(new FieldError(null, "REQUIRED", "上传的文件为空，未保存任何内容")));
        }
        if (docx.length > MAX_BYTES) {
            throw ReportRefused.tooLarge("文件超过 5 MB（" + docx.length + " 字节），未保存任何内容");
        }
        DocxNarrative.Imported imported = DocxNarrative.read(docx);
        if (imported.sections().isEmpty()) {
            throw ReportRefused.invalid(List.of(new FieldError(null, "REQUIRED",
                    "文档中没有可识别的章节标题（如“一、部门基本情况”“（一）部门职能”），未保存任何内容")));
        }
        long version = narratives.importSections(key, imported.sections(), ifMatch, caller);
        AssembledReport report = assembly.assemble(key, authorization).report();
        return new ImportView(List.copyOf(imported.sections().keySet()), imported.unmapped(), version,
                report.findings(), report.coverage());
    }
}
