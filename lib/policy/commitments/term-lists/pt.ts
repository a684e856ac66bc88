import type { TermList } from "./types";

export const pt: TermList = {
  language: "pt",
  spaced: true,
  terms: {
    REFUND: ["reembols*", "estorn*", "devolucao do dinheiro", "devolucao do valor", "devolver o dinheiro", "devolver o valor", "~devolu*", "~devolv*", "~ressarc*"],
    REPLACEMENT: ["substitu*", "reposicao", "reenvi*", "~troca*", "~trocar", "~novo item", "~novo produto", "~outra unidade"],
    FREE: ["gratis", "gratuit*", "sem custo*", "sem encargo*", "sem qualquer custo", "sem nenhum custo", "de graca", "sem cobranca"],
    GIFT: ["brinde*", "presente*", "mimo*", "bonus", "!de presente", "!para presente", "!embalagem de presente", "!embrulho de presente", "!como presente", "!presente mensagem", "!presente e mail", "!presente email", "!cartao presente", "!vale presente"],
    VOUCHER: ["cupom", "cupons", "cupao", "cupoes", "=vale", "vale presente", "vale compras", "vale desconto", "codigo promocional", "codigo de desconto", "cartao presente", "cartao de presente", "voucher*", "!vale a pena"],
    DISCOUNT: ["desconto*", "abatimento*", "preco reduzido"],
    DEADLINE: ["data limite", "o mais tardar", "no maximo ate", "expir*", "venc*", "valido ate", "ultimo dia", "~prazo*", "~ate", "~antes", "~dentro de"],
    GUARANTEE: ["garanti*"],
  },
};
