// Staff open forms in Camunda 7.24's Tasklist, whose bundled form-js viewer (schemaVersion 16)
// is older than this editor (form-js 1.23): it cannot render a file picker (檔案上傳) or a
// document preview (文件預覽). The palette does not offer them; the server refuses them anyway
// (com.opsflow.modeler.FormLint). They stay registered, so an older form that has one still
// opens (and shows why it cannot be deployed).
export const TASKLIST_UNSUPPORTED_TYPES = ['filepicker', 'documentPreview'];

function TasklistPalette(formFields) {
  // the palette lists the enumerable entries of the registry (collectPaletteEntries)
  TASKLIST_UNSUPPORTED_TYPES.forEach((type) => {
    if (Object.prototype.hasOwnProperty.call(formFields._formFields, type)) {
      Object.defineProperty(formFields._formFields, type, { enumerable: false });
    }
  });
}
TasklistPalette.$inject = ['formFields'];

export const TasklistPaletteModule = {
  __init__: ['opsflowTasklistPalette'],
  opsflowTasklistPalette: ['type', TasklistPalette]
};
