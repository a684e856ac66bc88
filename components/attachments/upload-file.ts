/**
 * Sends one file as the request body with XMLHttpRequest (fetch reports no upload progress), and
 * reads the studio's answer: the stored attachment, or the error with every problem named.
 */
export type UploadResult = { ok: true; fileName: string } | { ok: false; message: string | null; problems: { code: string; message: string }[] };

export function uploadFile(input: { variantId: string; file: File; replaces: string | null; onProgress: (fraction: number) => void }): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const query = input.replaces ? `?replaces=${encodeURIComponent(input.replaces)}` : "";
    request.open("POST", `/api/variants/${input.variantId}/attachments${query}`);
    request.setRequestHeader("content-type", input.file.type || "application/octet-stream");
    request.setRequestHeader("x-file-name", encodeURIComponent(input.file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { fileName?: string; error?: { message?: string; problems?: { code: string; message: string }[] } } | null = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300 && body?.fileName) resolve({ ok: true, fileName: body.fileName });
      else resolve({ ok: false, message: body?.error?.message ?? null, problems: body?.error?.problems ?? [] });
    };
    request.onerror = () => resolve({ ok: false, message: null, problems: [] });
    request.send(input.file);
  });
}
