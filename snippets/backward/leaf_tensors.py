import torch

torch.manual_seed(0)

model = torch.nn.Linear(2, 1)
x = torch.randn(3, 2)
a = torch.tensor([2.0], requires_grad=True)
b = a * 3
c = b.exp()
d = c.sum()

for name, t in [("model.weight", model.weight), ("x", x), ("a", a), ("b", b), ("c", c), ("d", d)]:
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(
        f"{name:<13} is_leaf={t.is_leaf!s:<5} requires_grad={t.requires_grad!s:<5} "
        f"grad_fn={grad_fn}"
    )

node, chain = d.grad_fn, []
while True:  # (1)!
    chain.append(type(node).__name__)
    if not node.next_functions:
        break
    node = node.next_functions[0][0]
print("d back to a:", " -> ".join(chain))
print("the last node holds a:", node.variable is a)  # (2)!
