import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

x = torch.randn(10, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
loader = DataLoader(TensorDataset(x, y), batch_size=4)  # (1)!
print("batches per epoch:", len(loader))


def train(step_in):
    torch.manual_seed(1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    updates = 0
    for epoch in range(3):
        for xb, yb in loader:
            optimizer.zero_grad()
            torch.nn.functional.mse_loss(model(xb), yb).backward()
            if step_in == "batch loop":
                optimizer.step()  # (2)!
                updates += 1
        if step_in == "epoch loop":
            optimizer.step()  # (3)!
            updates += 1
    adam_steps = int(optimizer.state[model.weight]["step"])  # (4)!
    print(f"step() in the {step_in}: {updates} updates, Adam state['step'] = {adam_steps}")
    return adam_steps


assert train("batch loop") == 3 * len(loader)
assert train("epoch loop") == 3
