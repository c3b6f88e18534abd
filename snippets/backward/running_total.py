import contextlib

import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def graph_nodes(grad_fn):  # (1)!
    seen, todo = set(), [grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return seen


def saved_tensors_held(grad_fn):  # (2)!
    held = 0
    for node in graph_nodes(grad_fn):
        for name in dir(node):
            if name.startswith("_saved_"):
                with contextlib.suppress(RuntimeError):
                    held += isinstance(getattr(node, name), torch.Tensor)
    return held


total_tensor = 0.0
total_float = 0.0
for step in range(1, 101):
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    total_tensor += loss  # (3)!
    total_float += loss.item()  # (4)!
    if step in (1, 10, 100):
        size = len(graph_nodes(total_tensor.grad_fn))
        print(
            f"after step {step:>3}: total_tensor has grad_fn "
            f"{type(total_tensor.grad_fn).__name__}, graph of {size} nodes"
        )

print("total_tensor:", total_tensor)
print("total_float: ", round(total_float, 4), type(total_float))
print("saved tensors the training total holds:  ", saved_tensors_held(total_tensor.grad_fn))

pending_total = 0.0
for step in range(1, 101):
    loss = torch.nn.functional.mse_loss(model(x), y)  # (5)!
    pending_total += loss
print("saved tensors the pending total holds:   ", saved_tensors_held(pending_total.grad_fn))
pending_total.backward()  # (6)!
print("after pending_total.backward():          ", saved_tensors_held(pending_total.grad_fn))
